namespace InspectionSuite.Cases;

// The texts of the reporting and concluding steps: checked here as well as in the aggregate so that a refusal names the
// DTO's own fields (Text, Number, ...) and forms can show it under the field the user typed in.

public sealed class RecordWorkPlanDtoValidator : AbstractValidator<RecordWorkPlanDto>
{
    public RecordWorkPlanDtoValidator()
    {
        RuleFor(x => x.Text).NotEmpty().WithMessage("Validation.Required").MaximumLength(CaseConsts.MaxLongTextLength).WithMessage("Validation.TooLong");
        RuleFor(x => x.ConcurrencyStamp).NotEmpty().WithMessage("Validation.Required");
    }
}
