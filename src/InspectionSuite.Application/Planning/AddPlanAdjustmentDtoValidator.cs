namespace InspectionSuite.Planning;

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
