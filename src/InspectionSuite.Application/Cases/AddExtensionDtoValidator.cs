namespace InspectionSuite.Cases;

public sealed class AddExtensionDtoValidator : AbstractValidator<AddExtensionDto>
{
    public AddExtensionDtoValidator()
    {
        RuleFor(x => x.DecisionNumber).NotEmpty().WithMessage("Validation.Required").MaximumLength(CaseConsts.MaxCodeLength).WithMessage("Validation.TooLong");
        RuleFor(x => x.Days).InclusiveBetween(1, 365).WithMessage("Validation.Invalid");
        RuleFor(x => x.Grounds).NotEmpty().WithMessage("Validation.Required");
        RuleFor(x => x.ConcurrencyStamp).NotEmpty().WithMessage("Validation.Required");
    }
}
