namespace InspectionSuite.Cases;

public sealed class RecordDraftConclusionDtoValidator : AbstractValidator<RecordDraftConclusionDto>
{
    public RecordDraftConclusionDtoValidator()
    {
        RuleFor(x => x.Text).NotEmpty().WithMessage("Validation.Required").MaximumLength(CaseConsts.MaxLongTextLength).WithMessage("Validation.TooLong");
        RuleFor(x => x.ConcurrencyStamp).NotEmpty().WithMessage("Validation.Required");
    }
}
