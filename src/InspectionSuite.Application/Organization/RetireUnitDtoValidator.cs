namespace InspectionSuite.Organization;

public sealed class RetireUnitDtoValidator : AbstractValidator<RetireUnitDto>
{
    public RetireUnitDtoValidator() => RuleFor(x => x.ConcurrencyStamp).NotEmpty().WithMessage("Validation.Required");
}
