using P = InspectionSuite.Permissions.InspectionSuitePermissions.Cases;

namespace InspectionSuite.Web.Pages.Cases;

/// <summary>
/// The steps of Sở Nội vụ's own check (noi-vu.check v2, issue 15; docs/checks.md) in the workspace: planned or
/// unannounced (seed II.6.c), the team's members from other agencies, the unit's self-assessment with the KH534 values,
/// the thông báo kết luận kiểm tra and its outcomes (kiến nghị chấn chỉnh / xử lý trách nhiệm, each answering a criterion
/// or a finding). The forms are the partials Pages/Cases/Sections/_Check*.cshtml. As elsewhere on the page the
/// services decide (<see cref="ICheckAppService"/>): state and permission here only choose which forms to offer.
/// </summary>
public sealed partial class DetailModel
{
    [BindProperty] public ExternalMemberForm ExternalMember { get; set; } = new();
    [BindProperty] public List<SelfAssessmentRow> SelfAssessmentValues { get; set; } = [];
    [BindProperty] public OutcomeForm Outcome { get; set; } = new();

    /// <summary>What the check adds to the case (null for an inspection).</summary>
    public CheckDto? CheckDetails { get; private set; }
    public bool IsCheck => Case.Kind == CaseKind.Check;
    /// <summary>Signs the notice's outcomes and issues it (Cases.Conclude).</summary>
    public bool CanConclude { get; private set; }
    /// <summary>The unit's representative, who gives the self-assessment (the service also checks it is their unit).</summary>
    public bool CanSelfAssess { get; private set; }

    /// <summary>A check's criteria stay open to assessment until its notice (InspectionCase.FindingStates); an inspection's until the visit ends.</summary>
    public bool ChecklistEditable => CanRecordFindings && (InState(CaseStates.OnSite) || (IsCheck && InState(CaseStates.Concluding)));

    /// <summary>The checklist criteria still "not checked": the AllCriteriaAssessed guard names them before the notice.</summary>
    public IReadOnlyList<string> UnassessedCriteria => Checklist.Where(i => i.Result == CheckResult.NotChecked).Select(i => i.CriterionCode).ToList();

    /// <summary>A catalogue criterion's name in the page's language.</summary>
    public static string CriterionName(CheckCriterion c) => English ? c.NameEn : c.NameVi;
    public static string CriterionTarget(CheckCriterion c) => English ? c.TargetEn : c.TargetVi;
    private static bool English => CultureInfo.CurrentUICulture.TwoLetterISOLanguageName == "en";

    // ------------------------------------------------------------ planning and team

    [RequirePermission(P.Assign)]
    public async Task<IActionResult> OnPostCheckUnannouncedAsync(bool unannounced, [FromServices] ICheckAppService checks, [FromServices] InspectionSuiteLocalizer l, CancellationToken ct)
    {
        await checks.SetUnannouncedAsync(Id, new SetUnannouncedDto(unannounced, Stamp), ct);
        return Done(l[unannounced ? "Check.Unannounced.SavedYes" : "Check.Unannounced.SavedNo"], "check-team");
    }

    [RequirePermission(P.Assign)]
    [PostsForm(nameof(ExternalMember))]
    public async Task<IActionResult> OnPostCheckExternalMemberAsync([FromServices] ICheckAppService checks, [FromServices] InspectionSuiteLocalizer l, CancellationToken ct)
    {
        await checks.AddExternalMemberAsync(Id, new AddExternalMemberDto(ExternalMember.Name, ExternalMember.Position, ExternalMember.Agency, Stamp), ct);
        return Done(l["Check.External.Added", ExternalMember.Name?.Trim() ?? ""], "check-team");
    }

    [RequirePermission(P.Assign)]
    public async Task<IActionResult> OnPostCheckRemoveExternalMemberAsync(Guid memberId, [FromServices] ICheckAppService checks, [FromServices] InspectionSuiteLocalizer l, CancellationToken ct)
    {
        await checks.RemoveExternalMemberAsync(Id, memberId, Stamp, ct);
        return Done(l["Check.External.Removed"], "check-team");
    }

    // ------------------------------------------------------------ the unit's self-assessment

    /// <summary>
    /// The unit's representative gives a value for every criterion; a missing one is refused naming the criteria
    /// (Inspection:041504) and shown on the form with what was typed, nothing kept.
    /// </summary>
    [RequirePermission(P.ReportImplementation)]
    [PostsForm("SelfAssessment")]
    public async Task<IActionResult> OnPostCheckSelfAssessmentAsync([FromServices] ICheckAppService checks, [FromServices] InspectionSuiteLocalizer l, CancellationToken ct)
    {
        try
        {
            var values = SelfAssessmentValues.Select(v => new SelfAssessmentValueDto(v.Code ?? "", Blank(v.Value), Blank(v.Note))).ToList();
            await checks.SubmitSelfAssessmentAsync(Id, new SubmitSelfAssessmentDto(values, Stamp), ct);
            return Done(l["Check.SelfAssessment.Submitted"], "check-self-assessment");
        }
        catch (BusinessException e) when (e.Code == CheckErrorCodes.SelfAssessmentValuesMissing)
        {
            return await Refused("SelfAssessment", "SelfAssessment", l.Error(e.Code, e.Args), ct);
        }
    }

    // ------------------------------------------------------------ the notice's outcomes

    /// <summary>A kiến nghị answering one finding or one checklist criterion (<see cref="OutcomeForm.Answers"/>: "finding:{id}" or "criterion:{code}").</summary>
    [RequirePermission(P.Conclude)]
    [PostsForm(nameof(Outcome))]
    public async Task<IActionResult> OnPostCheckOutcomeAsync([FromServices] ICheckAppService checks, [FromServices] InspectionSuiteLocalizer l, CancellationToken ct)
    {
        var type = Required(Outcome.Type, "Type");
        Guid? findingId = null;
        string? criterion = null;
        if (Outcome.Answers?.StartsWith("finding:", StringComparison.Ordinal) == true && Guid.TryParse(Outcome.Answers["finding:".Length..], out var fid)) findingId = fid;
        else if (Outcome.Answers?.StartsWith("criterion:", StringComparison.Ordinal) == true) criterion = Outcome.Answers["criterion:".Length..];
        try
        {
            await checks.RecordOutcomeAsync(Id, new RecordCheckOutcomeDto(type, Outcome.Text, Outcome.Responsible, Outcome.Deadline, findingId, criterion, Stamp), ct);
            return Done(l["Check.Outcome.Recorded"], "check-outcomes");
        }
        catch (BusinessException e) when (e.Code is CheckErrorCodes.OutcomeLinkRequired or CheckErrorCodes.OutcomeCriterionUnknown or CheckErrorCodes.OutcomeTypeNotForCheck)
        {
            return await Refused(nameof(Outcome), "Outcome.Answers", l.Error(e.Code, e.Args), ct);
        }
    }

    /// <summary>A business refusal that belongs to a form (a value missing, an outcome without a link): shown at the form, what was typed kept.</summary>
    private async Task<IActionResult> Refused(string form, string key, string message, CancellationToken ct)
    {
        ModelState.AddModelError(key, message);
        FailedForm = form;
        Response.StatusCode = StatusCodes.Status422UnprocessableEntity;
        await LoadAsync(ct);
        return Page();
    }

    // ------------------------------------------------------------ loading

    private async Task LoadCheckAsync(CancellationToken ct)
    {
        if (!IsCheck) return;
        var permissions = HttpContext.RequestServices.GetRequiredService<IPermissionChecker>();
        CheckDetails = Workspace.Check!; // read with the workspace (the case and its follow-up are not read again)
        CanConclude = !Case.ReCheckInspectorOnly && await permissions.IsGrantedAsync(P.Conclude, ct);
        CanSelfAssess = User.IsInRole(InspectionSuiteRoles.UnitRepresentative) && await permissions.IsGrantedAsync(P.ReportImplementation, ct);
        // One row per catalogue criterion, holding what the unit gave (or, after a refused post, what was typed).
        if (FailedForm != "SelfAssessment")
        {
            var given = CheckDetails.SelfAssessment.ToDictionary(v => v.CriterionCode, StringComparer.OrdinalIgnoreCase);
            SelfAssessmentValues = CheckCriteriaCatalogue.All.Select(c => given.TryGetValue(c.Code, out var v)
                ? new SelfAssessmentRow { Code = c.Code, Value = v.Value, Note = v.Note }
                : new SelfAssessmentRow { Code = c.Code }).ToList();
        }
        if (FailedForm != nameof(Outcome)) Outcome.Deadline ??= Today.AddDays(30);
    }

    public sealed class ExternalMemberForm { public string? Name { get; set; } public string? Position { get; set; } public string? Agency { get; set; } }
    public sealed class SelfAssessmentRow { public string? Code { get; set; } public string? Value { get; set; } public string? Note { get; set; } }
    public sealed class OutcomeForm
    {
        public SanctionType? Type { get; set; }
        public string? Text { get; set; }
        public string? Responsible { get; set; }
        public DateOnly? Deadline { get; set; }
        /// <summary>"finding:{id}" or "criterion:{code}": what the outcome answers.</summary>
        public string? Answers { get; set; }
    }

    /// <summary>The two outcomes a check's notice may carry (docs/checks.md); the domain refuses any other type.</summary>
    public static readonly SanctionType[] CheckOutcomeTypes = [SanctionType.CorrectiveRecommendation, SanctionType.AccountabilityProposal];
}
