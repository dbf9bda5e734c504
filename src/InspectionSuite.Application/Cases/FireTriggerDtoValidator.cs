namespace InspectionSuite.Cases;

public sealed class FireTriggerDtoValidator : AbstractValidator<FireTriggerDto>
{
    public FireTriggerDtoValidator()
    {
        RuleFor(x => x.ExpectedVersion).GreaterThan(0).WithMessage("Validation.Invalid");
        RuleFor(x => x.Reason).MaximumLength(CaseConsts.MaxTextLength).WithMessage("Validation.TooLong");
    }
}
