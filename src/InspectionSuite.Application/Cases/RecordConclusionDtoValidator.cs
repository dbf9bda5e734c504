namespace InspectionSuite.Cases;

public sealed class RecordConclusionDtoValidator : AbstractValidator<RecordConclusionDto>
{
    public RecordConclusionDtoValidator()
    {
        RuleFor(x => x.Number).NotEmpty().WithMessage("Validation.Required").MaximumLength(CaseConsts.MaxCodeLength).WithMessage("Validation.TooLong");
        RuleFor(x => x.Signer).NotEmpty().WithMessage("Validation.Required").MaximumLength(CaseConsts.MaxShortTextLength).WithMessage("Validation.TooLong");
        RuleFor(x => x.Text).NotEmpty().WithMessage("Validation.Required").MaximumLength(CaseConsts.MaxLongTextLength).WithMessage("Validation.TooLong");
        RuleFor(x => x.ConcurrencyStamp).NotEmpty().WithMessage("Validation.Required");
    }
}
