namespace InspectionSuite.Cases;

public sealed class AddSuspensionDtoValidator : AbstractValidator<AddSuspensionDto>
{
    public AddSuspensionDtoValidator()
    {
        RuleFor(x => x.DecisionNumber).NotEmpty().WithMessage("Validation.Required").MaximumLength(CaseConsts.MaxCodeLength).WithMessage("Validation.TooLong");
        RuleFor(x => x.To).GreaterThanOrEqualTo(x => x.From).WithMessage("Validation.DateRange");
        RuleFor(x => x.Reason).NotEmpty().WithMessage("Validation.Required");
        RuleFor(x => x.ConcurrencyStamp).NotEmpty().WithMessage("Validation.Required");
    }
}
