namespace InspectionSuite.Cases;

public sealed class RecordPublicationDtoValidator : AbstractValidator<RecordPublicationDto>
{
    public RecordPublicationDtoValidator()
    {
        RuleFor(x => x.Channel).NotEmpty().WithMessage("Validation.Required").MaximumLength(CaseConsts.MaxShortTextLength).WithMessage("Validation.TooLong");
        RuleFor(x => x.To).GreaterThanOrEqualTo(x => x.From).WithMessage("Validation.DateRange");
        RuleFor(x => x.ConcurrencyStamp).NotEmpty().WithMessage("Validation.Required");
    }
}
