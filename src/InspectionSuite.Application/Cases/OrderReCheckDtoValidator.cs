namespace InspectionSuite.Cases;

public sealed class OrderReCheckDtoValidator : AbstractValidator<OrderReCheckDto>
{
    public OrderReCheckDtoValidator()
    {
        RuleFor(x => x.DecisionNumber).NotEmpty().WithMessage("Validation.Required").MaximumLength(CaseConsts.MaxCodeLength).WithMessage("Validation.TooLong");
        RuleFor(x => x.DecidedOn).NotEmpty().WithMessage("Validation.Required");
        RuleFor(x => x.Scope).NotEmpty().WithMessage("Validation.Required").MaximumLength(CaseConsts.MaxTextLength).WithMessage("Validation.TooLong");
        RuleFor(x => x.DueOn).GreaterThanOrEqualTo(x => x.DecidedOn).When(x => x.DueOn is not null).WithMessage("Validation.Invalid");
        RuleFor(x => x.InspectorIds).NotNull().WithMessage("Validation.Required")
            .Must(i => i is { Count: > 0 }).WithMessage("Validation.Required")
            .Must(i => i is null || i.Count <= CaseConsts.MaxReCheckInspectors).WithMessage("Validation.TooLong");
        RuleFor(x => x.ConcurrencyStamp).NotEmpty().WithMessage("Validation.Required");
    }
}
