namespace InspectionSuite.Planning;

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
