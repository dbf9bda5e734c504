namespace InspectionSuite.Planning;

public sealed class MarkItemCompletedDtoValidator : AbstractValidator<MarkItemCompletedDto>
{
    public MarkItemCompletedDtoValidator()
    {
        RuleFor(x => x.UnitCode).NotEmpty().WithMessage("Validation.Required");
        RuleFor(x => x.CompletedOn).NotEqual(default(DateOnly)).WithMessage("Validation.Required");
        RuleFor(x => x.ConcurrencyStamp).NotEmpty().WithMessage("Validation.Required");
    }
}
