namespace InspectionSuite.Cases;

public sealed class RecordDecisionDtoValidator : AbstractValidator<RecordDecisionDto>
{
    public RecordDecisionDtoValidator()
    {
        RuleFor(x => x.Number).NotEmpty().WithMessage("Validation.Required").MaximumLength(CaseConsts.MaxCodeLength).WithMessage("Validation.TooLong");
        // Optional: an inspection's signer is the người ra quyết định's profile (v4 Decide), a check's is typed here.
        RuleFor(x => x.Signer).MaximumLength(CaseConsts.MaxShortTextLength).WithMessage("Validation.TooLong");
        RuleFor(x => x.ConcurrencyStamp).NotEmpty().WithMessage("Validation.Required");
    }
}
