namespace InspectionSuite.Cases;

public sealed class UpdateCaseDtoValidator : AbstractValidator<UpdateCaseDto>
{
    public UpdateCaseDtoValidator()
    {
        RuleFor(x => x.Subject).NotEmpty().WithMessage("Validation.Required").MaximumLength(CaseConsts.MaxTitleLength).WithMessage("Validation.TooLong");
        RuleFor(x => x.PeriodTo).GreaterThanOrEqualTo(x => x.PeriodFrom).When(x => x.PeriodFrom.HasValue && x.PeriodTo.HasValue).WithMessage("Validation.DateRange");
        RuleFor(x => x.PlannedOnSiteEnd).GreaterThanOrEqualTo(x => x.PlannedOnSiteStart).When(x => x.PlannedOnSiteStart.HasValue && x.PlannedOnSiteEnd.HasValue).WithMessage("Validation.DateRange");
        RuleFor(x => x.ConcurrencyStamp).NotEmpty().WithMessage("Validation.Required");
    }
}
