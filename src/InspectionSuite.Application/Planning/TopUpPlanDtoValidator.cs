namespace InspectionSuite.Planning;

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
