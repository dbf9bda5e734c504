namespace InspectionSuite.Cases;

public sealed class RecordReCheckResultDtoValidator : AbstractValidator<RecordReCheckResultDto>
{
    public RecordReCheckResultDtoValidator()
    {
        RuleFor(x => x.SanctionId).NotEmpty().WithMessage("Validation.Required");
        RuleFor(x => x.Outcome).IsInEnum().WithMessage("Validation.Invalid");
        RuleFor(x => x.VerifiedRecoveredVnd).Money();
        RuleFor(x => x.Note).NotEmpty().When(x => x.Outcome == ReCheckOutcome.NotDone).WithMessage("Validation.Required")
            .MaximumLength(CaseConsts.MaxTextLength).WithMessage("Validation.TooLong");
        RuleFor(x => x.ConcurrencyStamp).NotEmpty().WithMessage("Validation.Required");
    }
}
