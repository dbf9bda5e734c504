namespace InspectionSuite.Cases;

public sealed class ReportImplementationDtoValidator : AbstractValidator<ReportImplementationDto>
{
    public ReportImplementationDtoValidator()
    {
        RuleFor(x => x.SanctionId).NotEmpty().WithMessage("Validation.Required");
        RuleFor(x => x.Status).IsInEnum().WithMessage("Validation.Invalid");
        RuleFor(x => x.AmountRecoveredVnd).Money();
        RuleFor(x => x.ConcurrencyStamp).NotEmpty().WithMessage("Validation.Required");
    }
}
