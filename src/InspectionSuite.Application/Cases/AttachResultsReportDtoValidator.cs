namespace InspectionSuite.Cases;

public sealed class AttachResultsReportDtoValidator : AbstractValidator<AttachResultsReportDto>
{
    public AttachResultsReportDtoValidator()
    {
        RuleFor(x => x.Number).MaximumLength(CaseConsts.MaxCodeLength).WithMessage("Validation.TooLong");
        RuleFor(x => x.Text).NotEmpty().WithMessage("Validation.Required").MaximumLength(CaseConsts.MaxLongTextLength).WithMessage("Validation.TooLong");
        RuleFor(x => x.ConcurrencyStamp).NotEmpty().WithMessage("Validation.Required");
    }
}
