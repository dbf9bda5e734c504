namespace InspectionSuite.Planning;

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
