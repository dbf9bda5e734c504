namespace InspectionSuite.Cases;

public sealed class RecordFindingDtoValidator : AbstractValidator<RecordFindingDto>
{
    public RecordFindingDtoValidator()
    {
        RuleFor(x => x.Description).NotEmpty().WithMessage("Validation.Required").MaximumLength(CaseConsts.MaxTextLength).WithMessage("Validation.TooLong");
        RuleFor(x => x.Severity).IsInEnum().WithMessage("Validation.Invalid");
        RuleFor(x => x.AmountVnd).Money();
        RuleFor(x => x.ConcurrencyStamp).NotEmpty().WithMessage("Validation.Required");
    }
}
