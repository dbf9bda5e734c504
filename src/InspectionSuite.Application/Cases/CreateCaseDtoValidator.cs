namespace InspectionSuite.Cases;

public sealed class CreateCaseDtoValidator : AbstractValidator<CreateCaseDto>
{
    public CreateCaseDtoValidator()
    {
        RuleFor(x => x.Kind).IsInEnum().WithMessage("Validation.Invalid");
        RuleFor(x => x.Authority).IsInEnum().WithMessage("Validation.Invalid");
        RuleFor(x => x.UnitId).NotEmpty().WithMessage("Validation.Required");
        RuleFor(x => x.Subject).NotEmpty().WithMessage("Validation.Required").MaximumLength(CaseConsts.MaxTitleLength).WithMessage("Validation.TooLong");
        RuleFor(x => x.Scope).MaximumLength(CaseConsts.MaxTextLength).WithMessage("Validation.TooLong");
        RuleFor(x => x.LegalBasis).MaximumLength(CaseConsts.MaxTextLength).WithMessage("Validation.TooLong");
        RuleFor(x => x.PeriodTo).GreaterThanOrEqualTo(x => x.PeriodFrom).When(x => x.PeriodFrom.HasValue && x.PeriodTo.HasValue).WithMessage("Validation.DateRange");
        RuleFor(x => x.PlannedOnSiteEnd).GreaterThanOrEqualTo(x => x.PlannedOnSiteStart).When(x => x.PlannedOnSiteStart.HasValue && x.PlannedOnSiteEnd.HasValue).WithMessage("Validation.DateRange");
        // Đột xuất (issue 18): a reason, and no plan item (a plan item's case is planned by definition).
        RuleFor(x => x.UnannouncedReason).Must(r => !string.IsNullOrWhiteSpace(r)).When(x => x.Unannounced).WithMessage("CaseNew.UnannouncedReasonRequired")
            .MaximumLength(CaseConsts.MaxTextLength).WithMessage("Validation.TooLong");
        RuleFor(x => x.PlanItemId).Null().When(x => x.Unannounced).WithMessage("CaseNew.UnannouncedNotPlanned");
    }
}
