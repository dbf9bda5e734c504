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

public sealed class RecordDecisionDtoValidator : AbstractValidator<RecordDecisionDto>
{
    public RecordDecisionDtoValidator()
    {
        RuleFor(x => x.Number).NotEmpty().WithMessage("Validation.Required").MaximumLength(CaseConsts.MaxCodeLength).WithMessage("Validation.TooLong");
        // Optional: an inspection's signer is the người ra quyết định's profile (v4 Decide), a check's is typed here.
        RuleFor(x => x.Signer).MaximumLength(CaseConsts.MaxShortTextLength).WithMessage("Validation.TooLong");
        RuleFor(x => x.ConcurrencyStamp).NotEmpty().WithMessage("Validation.Required");
    }
}

public sealed class AssignTeamDtoValidator : AbstractValidator<AssignTeamDto>
{
    public AssignTeamDtoValidator()
    {
        RuleFor(x => x.LeaderId).NotEmpty().WithMessage("Validation.Required");
        RuleFor(x => x.MemberIds).NotNull().Must(m => m.Count < CaseConsts.MaxTeamSize).WithMessage("Validation.TooLong");
        RuleFor(x => x.ConcurrencyStamp).NotEmpty().WithMessage("Validation.Required");
    }
}

public sealed class AddExtensionDtoValidator : AbstractValidator<AddExtensionDto>
{
    public AddExtensionDtoValidator()
    {
        RuleFor(x => x.DecisionNumber).NotEmpty().WithMessage("Validation.Required").MaximumLength(CaseConsts.MaxCodeLength).WithMessage("Validation.TooLong");
        RuleFor(x => x.Days).InclusiveBetween(1, 365).WithMessage("Validation.Invalid");
        RuleFor(x => x.Grounds).NotEmpty().WithMessage("Validation.Required");
        RuleFor(x => x.ConcurrencyStamp).NotEmpty().WithMessage("Validation.Required");
    }
}

public sealed class AddSuspensionDtoValidator : AbstractValidator<AddSuspensionDto>
{
    public AddSuspensionDtoValidator()
    {
        RuleFor(x => x.DecisionNumber).NotEmpty().WithMessage("Validation.Required").MaximumLength(CaseConsts.MaxCodeLength).WithMessage("Validation.TooLong");
        RuleFor(x => x.To).GreaterThanOrEqualTo(x => x.From).WithMessage("Validation.DateRange");
        RuleFor(x => x.Reason).NotEmpty().WithMessage("Validation.Required");
        RuleFor(x => x.ConcurrencyStamp).NotEmpty().WithMessage("Validation.Required");
    }
}

public sealed class RecordPublicationDtoValidator : AbstractValidator<RecordPublicationDto>
{
    public RecordPublicationDtoValidator()
    {
        RuleFor(x => x.Channel).NotEmpty().WithMessage("Validation.Required").MaximumLength(CaseConsts.MaxShortTextLength).WithMessage("Validation.TooLong");
        RuleFor(x => x.To).GreaterThanOrEqualTo(x => x.From).WithMessage("Validation.DateRange");
        RuleFor(x => x.ConcurrencyStamp).NotEmpty().WithMessage("Validation.Required");
    }
}

public sealed class RecordFindingDtoValidator : AbstractValidator<RecordFindingDto>
{
    public RecordFindingDtoValidator()
    {
        RuleFor(x => x.Description).NotEmpty().WithMessage("Validation.Required").MaximumLength(CaseConsts.MaxTextLength).WithMessage("Validation.TooLong");
        RuleFor(x => x.Severity).IsInEnum().WithMessage("Validation.Invalid");
        RuleFor(x => x.AmountVnd).Money();
        RuleFor(x => x.ConcurrencyStamp).NotEmpty().WithMessage("Validation.Required");
    }
}

public sealed class IssueSanctionDtoValidator : AbstractValidator<IssueSanctionDto>
{
    public IssueSanctionDtoValidator()
    {
        RuleFor(x => x.Type).IsInEnum().WithMessage("Validation.Invalid");
        RuleFor(x => x.Target).NotEmpty().WithMessage("Validation.Required").MaximumLength(CaseConsts.MaxShortTextLength).WithMessage("Validation.TooLong");
        RuleFor(x => x.Responsible).NotEmpty().WithMessage("Validation.Required").MaximumLength(CaseConsts.MaxShortTextLength).WithMessage("Validation.TooLong");
        RuleFor(x => x.AmountVnd).Money();
        RuleFor(x => x.AmountVnd).NotNull().When(x => x.Type is SanctionType.AdministrativeFine or SanctionType.Recovery).WithMessage("Validation.Required");
        RuleFor(x => x.ConcurrencyStamp).NotEmpty().WithMessage("Validation.Required");
    }
}

public sealed class ReportImplementationDtoValidator : AbstractValidator<ReportImplementationDto>
{
    public ReportImplementationDtoValidator()
    {
        RuleFor(x => x.SanctionId).NotEmpty().WithMessage("Validation.Required");
        RuleFor(x => x.Status).IsInEnum().WithMessage("Validation.Invalid");
        RuleFor(x => x.AmountRecoveredVnd).Money();
        RuleFor(x => x.ConcurrencyStamp).NotEmpty().WithMessage("Validation.Required");
    }
}

public sealed class FireTriggerDtoValidator : AbstractValidator<FireTriggerDto>
{
    public FireTriggerDtoValidator()
    {
        RuleFor(x => x.ExpectedVersion).GreaterThan(0).WithMessage("Validation.Invalid");
        RuleFor(x => x.Reason).MaximumLength(CaseConsts.MaxTextLength).WithMessage("Validation.TooLong");
    }
}

public sealed class CreateDocumentRequestDtoValidator : AbstractValidator<CreateDocumentRequestDto>
{
    public CreateDocumentRequestDtoValidator()
    {
        RuleFor(x => x.Title).NotEmpty().WithMessage("Validation.Required").MaximumLength(CaseConsts.MaxTitleLength).WithMessage("Validation.TooLong");
        RuleFor(x => x.Description).MaximumLength(CaseConsts.MaxTextLength).WithMessage("Validation.TooLong");
        RuleFor(x => x.ConcurrencyStamp).NotEmpty().WithMessage("Validation.Required");
    }
}

public sealed class ReturnDocumentRequestDtoValidator : AbstractValidator<ReturnDocumentRequestDto>
{
    public ReturnDocumentRequestDtoValidator()
    {
        RuleFor(x => x.Reason).NotEmpty().WithMessage("Validation.Required").MaximumLength(CaseConsts.MaxTextLength).WithMessage("Validation.TooLong");
        RuleFor(x => x.ConcurrencyStamp).NotEmpty().WithMessage("Validation.Required");
    }
}

// The texts of the reporting and concluding steps: checked here as well as in the aggregate so that a refusal names the
// DTO's own fields (Text, Number, ...) and forms can show it under the field the user typed in.

public sealed class RecordWorkPlanDtoValidator : AbstractValidator<RecordWorkPlanDto>
{
    public RecordWorkPlanDtoValidator()
    {
        RuleFor(x => x.Text).NotEmpty().WithMessage("Validation.Required").MaximumLength(CaseConsts.MaxLongTextLength).WithMessage("Validation.TooLong");
        RuleFor(x => x.ConcurrencyStamp).NotEmpty().WithMessage("Validation.Required");
    }
}

public sealed class AttachResultsReportDtoValidator : AbstractValidator<AttachResultsReportDto>
{
    public AttachResultsReportDtoValidator()
    {
        RuleFor(x => x.Number).MaximumLength(CaseConsts.MaxCodeLength).WithMessage("Validation.TooLong");
        RuleFor(x => x.Text).NotEmpty().WithMessage("Validation.Required").MaximumLength(CaseConsts.MaxLongTextLength).WithMessage("Validation.TooLong");
        RuleFor(x => x.ConcurrencyStamp).NotEmpty().WithMessage("Validation.Required");
    }
}

public sealed class RecordDraftConclusionDtoValidator : AbstractValidator<RecordDraftConclusionDto>
{
    public RecordDraftConclusionDtoValidator()
    {
        RuleFor(x => x.Text).NotEmpty().WithMessage("Validation.Required").MaximumLength(CaseConsts.MaxLongTextLength).WithMessage("Validation.TooLong");
        RuleFor(x => x.ConcurrencyStamp).NotEmpty().WithMessage("Validation.Required");
    }
}

public sealed class AddDissentDtoValidator : AbstractValidator<AddDissentDto>
{
    public AddDissentDtoValidator()
    {
        RuleFor(x => x.Text).NotEmpty().WithMessage("Validation.Required").MaximumLength(CaseConsts.MaxTextLength).WithMessage("Validation.TooLong");
        RuleFor(x => x.ConcurrencyStamp).NotEmpty().WithMessage("Validation.Required");
    }
}

public sealed class RecordAppraisalDtoValidator : AbstractValidator<RecordAppraisalDto>
{
    public RecordAppraisalDtoValidator()
    {
        RuleFor(x => x.By).NotEmpty().WithMessage("Validation.Required").MaximumLength(CaseConsts.MaxShortTextLength).WithMessage("Validation.TooLong");
        RuleFor(x => x.Opinion).NotEmpty().WithMessage("Validation.Required").MaximumLength(CaseConsts.MaxTextLength).WithMessage("Validation.TooLong");
        RuleFor(x => x.ConcurrencyStamp).NotEmpty().WithMessage("Validation.Required");
    }
}

public sealed class RecordConclusionDtoValidator : AbstractValidator<RecordConclusionDto>
{
    public RecordConclusionDtoValidator()
    {
        RuleFor(x => x.Number).NotEmpty().WithMessage("Validation.Required").MaximumLength(CaseConsts.MaxCodeLength).WithMessage("Validation.TooLong");
        RuleFor(x => x.Signer).NotEmpty().WithMessage("Validation.Required").MaximumLength(CaseConsts.MaxShortTextLength).WithMessage("Validation.TooLong");
        RuleFor(x => x.Text).NotEmpty().WithMessage("Validation.Required").MaximumLength(CaseConsts.MaxLongTextLength).WithMessage("Validation.TooLong");
        RuleFor(x => x.ConcurrencyStamp).NotEmpty().WithMessage("Validation.Required");
    }
}

public sealed class CarryOverSanctionDtoValidator : AbstractValidator<CarryOverSanctionDto>
{
    public CarryOverSanctionDtoValidator()
    {
        RuleFor(x => x.Reason).NotEmpty().WithMessage("Validation.Required").MaximumLength(CaseConsts.MaxTextLength).WithMessage("Validation.TooLong");
    }
}

public sealed class RejectImplementationDtoValidator : AbstractValidator<RejectImplementationDto>
{
    public RejectImplementationDtoValidator()
    {
        RuleFor(x => x.Reason).NotEmpty().WithMessage("Validation.Required").MaximumLength(CaseConsts.MaxTextLength).WithMessage("Validation.TooLong");
    }
}
