namespace InspectionSuite.Planning;

public sealed class CreateAnnualPlanDtoValidator : AbstractValidator<CreateAnnualPlanDto>
{
    public CreateAnnualPlanDtoValidator()
    {
        RuleFor(x => x.Authority).IsInEnum().WithMessage("Validation.Invalid");
        RuleFor(x => x.Year).InclusiveBetween(PlanningConsts.MinYear, PlanningConsts.MaxYear).WithMessage("Validation.Invalid");
        RuleFor(x => x.Rate).GreaterThan(0m).LessThanOrEqualTo(1m).WithMessage("Validation.Invalid");
        RuleFor(x => x.CooldownYears).GreaterThanOrEqualTo(0)
            .Must((x, k) => x.Rate is <= 0 or > 1 || k < (int)Math.Ceiling(1m / x.Rate)).WithMessage("Validation.Invalid");
    }
}
