namespace InspectionSuite.Planning;

public sealed class SetPlanRiskScoreDtoValidator : AbstractValidator<SetPlanRiskScoreDto>
{
    public SetPlanRiskScoreDtoValidator()
    {
        RuleFor(x => x.UnitCode).NotEmpty().WithMessage("Validation.Required").MaximumLength(UnitConsts.MaxCodeLength).WithMessage("Validation.TooLong");
        RuleFor(x => x.Score).InclusiveBetween(PlanningConsts.MinRiskScore, PlanningConsts.MaxRiskScore).WithMessage("Validation.Invalid");
        RuleFor(x => x.ConcurrencyStamp).NotEmpty().WithMessage("Validation.Required");
    }
}
