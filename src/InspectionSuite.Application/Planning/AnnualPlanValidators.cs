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

public sealed class DrawPlanDtoValidator : AbstractValidator<DrawPlanDto>
{
    public DrawPlanDtoValidator()
    {
        RuleFor(x => x.Seed).NotEmpty().WithMessage("Validation.Required").MaximumLength(PlanningConsts.MaxSeedLength).WithMessage("Validation.TooLong");
        RuleFor(x => x.ConcurrencyStamp).NotEmpty().WithMessage("Validation.Required");
    }
}

public sealed class AddPlanAdjustmentDtoValidator : AbstractValidator<AddPlanAdjustmentDto>
{
    public AddPlanAdjustmentDtoValidator()
    {
        RuleFor(x => x.UnitCode).NotEmpty().WithMessage("Validation.Required").MaximumLength(UnitConsts.MaxCodeLength).WithMessage("Validation.TooLong");
        RuleFor(x => x.Kind).IsInEnum().WithMessage("Validation.Invalid");
        RuleFor(x => x.Reason).NotEmpty().WithMessage("Validation.Required").MaximumLength(PlanningConsts.MaxReasonLength).WithMessage("Validation.TooLong");
        RuleFor(x => x.ConcurrencyStamp).NotEmpty().WithMessage("Validation.Required");
    }
}

public sealed class TopUpPlanDtoValidator : AbstractValidator<TopUpPlanDto>
{
    public TopUpPlanDtoValidator()
    {
        RuleFor(x => x.Seed).NotEmpty().WithMessage("Validation.Required").MaximumLength(PlanningConsts.MaxSeedLength).WithMessage("Validation.TooLong");
        RuleFor(x => x.DepartmentCount).GreaterThanOrEqualTo(0).When(x => x.DepartmentCount.HasValue).WithMessage("Validation.Invalid");
        RuleFor(x => x.LocalCount).GreaterThanOrEqualTo(0).When(x => x.LocalCount.HasValue).WithMessage("Validation.Invalid");
        RuleFor(x => x.Note).MaximumLength(PlanningConsts.MaxNoteLength).WithMessage("Validation.TooLong");
        RuleFor(x => x.ConcurrencyStamp).NotEmpty().WithMessage("Validation.Required");
    }
}

public sealed class MarkItemCompletedDtoValidator : AbstractValidator<MarkItemCompletedDto>
{
    public MarkItemCompletedDtoValidator()
    {
        RuleFor(x => x.UnitCode).NotEmpty().WithMessage("Validation.Required");
        RuleFor(x => x.CompletedOn).NotEqual(default(DateOnly)).WithMessage("Validation.Required");
        RuleFor(x => x.ConcurrencyStamp).NotEmpty().WithMessage("Validation.Required");
    }
}

public sealed class SetPlanRiskScoreDtoValidator : AbstractValidator<SetPlanRiskScoreDto>
{
    public SetPlanRiskScoreDtoValidator()
    {
        RuleFor(x => x.UnitCode).NotEmpty().WithMessage("Validation.Required").MaximumLength(UnitConsts.MaxCodeLength).WithMessage("Validation.TooLong");
        RuleFor(x => x.Score).InclusiveBetween(PlanningConsts.MinRiskScore, PlanningConsts.MaxRiskScore).WithMessage("Validation.Invalid");
        RuleFor(x => x.ConcurrencyStamp).NotEmpty().WithMessage("Validation.Required");
    }
}

public sealed class SchedulePlanItemDtoValidator : AbstractValidator<SchedulePlanItemDto>
{
    public SchedulePlanItemDtoValidator()
    {
        RuleFor(x => x.UnitCode).NotEmpty().WithMessage("Validation.Required").MaximumLength(UnitConsts.MaxCodeLength).WithMessage("Validation.TooLong");
        RuleFor(x => x.PlannedMonth).InclusiveBetween(PlannedPeriod.MinMonth, PlannedPeriod.MaxMonth).When(x => x.PlannedMonth is not null).WithMessage("Validation.Invalid");
        RuleFor(x => x.PlannedQuarter).InclusiveBetween(PlannedPeriod.MinQuarter, PlannedPeriod.MaxQuarter).When(x => x.PlannedQuarter is not null).WithMessage("Validation.Invalid");
        // A month or a quarter, not both.
        RuleFor(x => x.PlannedQuarter).Null().When(x => x.PlannedMonth is not null).WithMessage("Validation.Invalid");
        RuleFor(x => x.ConcurrencyStamp).NotEmpty().WithMessage("Validation.Required");
    }
}

/// <summary>Thanh tra tỉnh's list item: unit, subject and legal basis required; a month 1–12 or a quarter 1–4, not both.</summary>
public sealed class AddPlanListItemDtoValidator : AbstractValidator<AddPlanListItemDto>
{
    public AddPlanListItemDtoValidator()
    {
        RuleFor(x => x.UnitCode).NotEmpty().WithMessage("Validation.Required").MaximumLength(UnitConsts.MaxCodeLength).WithMessage("Validation.TooLong");
        RuleFor(x => x.Subject).NotEmpty().WithMessage("Validation.Required").MaximumLength(PlanningConsts.MaxSubjectLength).WithMessage("Validation.TooLong");
        RuleFor(x => x.LegalBasis).NotEmpty().WithMessage("Validation.Required").MaximumLength(PlanningConsts.MaxDetailLength).WithMessage("Validation.TooLong");
        RuleFor(x => x.Origin).IsInEnum().NotEqual(PlanItemOrigin.Drawn).WithMessage("Validation.Invalid");
        RuleFor(x => x.PlannedMonth).InclusiveBetween(PlannedPeriod.MinMonth, PlannedPeriod.MaxMonth).When(x => x.PlannedMonth.HasValue).WithMessage("Validation.Invalid");
        RuleFor(x => x.PlannedQuarter).InclusiveBetween(PlannedPeriod.MinQuarter, PlannedPeriod.MaxQuarter).When(x => x.PlannedQuarter.HasValue).WithMessage("Validation.Invalid");
        // A month or a quarter, not both (PlannedPeriod).
        RuleFor(x => x.PlannedQuarter).Null().When(x => x.PlannedMonth.HasValue).WithMessage("Validation.Invalid");
        RuleFor(x => x.ConcurrencyStamp).NotEmpty().WithMessage("Validation.Required");
    }
}
