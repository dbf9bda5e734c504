namespace InspectionSuite.Planning;

public sealed class DrawPlanDtoValidator : AbstractValidator<DrawPlanDto>
{
    public DrawPlanDtoValidator()
    {
        RuleFor(x => x.Seed).NotEmpty().WithMessage("Validation.Required").MaximumLength(PlanningConsts.MaxSeedLength).WithMessage("Validation.TooLong");
        RuleFor(x => x.ConcurrencyStamp).NotEmpty().WithMessage("Validation.Required");
    }
}
