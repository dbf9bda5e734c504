namespace InspectionSuite.Cases;

public sealed class RecordAppraisalDtoValidator : AbstractValidator<RecordAppraisalDto>
{
    public RecordAppraisalDtoValidator()
    {
        RuleFor(x => x.By).NotEmpty().WithMessage("Validation.Required").MaximumLength(CaseConsts.MaxShortTextLength).WithMessage("Validation.TooLong");
        RuleFor(x => x.Opinion).NotEmpty().WithMessage("Validation.Required").MaximumLength(CaseConsts.MaxTextLength).WithMessage("Validation.TooLong");
        RuleFor(x => x.ConcurrencyStamp).NotEmpty().WithMessage("Validation.Required");
    }
}
