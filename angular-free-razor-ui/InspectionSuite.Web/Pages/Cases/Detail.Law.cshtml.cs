using P = InspectionSuite.Permissions.InspectionSuitePermissions.Cases;

namespace InspectionSuite.Web.Pages.Cases;

/// <summary>
/// The Thanh tra records of Luật Thanh tra 84/2025/QH15 on the workspace (section Pages/Cases/Sections/_LawRecords):
/// continuation after an open suspension, the extension decided by the người ra quyết định, members' reports to the
/// Trưởng đoàn, the unit's explanation on the draft conclusion, the văn bản kiến nghị (Điều 52) and the Chủ tịch UBND
/// tỉnh's direction (Điều 53). As everywhere on the page, the services decide; these flags only choose the forms.
/// </summary>
public sealed partial class DetailModel
{
    [BindProperty] public ContinuationForm Continuation { get; set; } = new();
    [BindProperty] public MemberReportForm MemberReport { get; set; } = new();
    [BindProperty] public ExplanationForm Explanation { get; set; } = new();
    [BindProperty] public LetterForm Letter { get; set; } = new();
    [BindProperty] public LetterForm Direction { get; set; } = new();
    [BindProperty] public ExtensionRequestForm ExtensionRequest { get; set; } = new();
    [BindProperty] public ExtensionRefusalForm ExtensionRefusal { get; set; } = new();

    /// <summary>
    /// The team's request for an extension waiting for Leadership (its "Gia hạn" task), if any: stored on the case and
    /// carried by the workspace, so showing it costs no query (the unit's view never carries it).
    /// </summary>
    public ExtensionRequestDto? PendingExtensionRequest => Case.Kind == CaseKind.Inspection && InState(CaseStates.OnSite) ? Case.PendingExtensionRequest : null;

    /// <summary>The team asks for an extension (v3): on site, a team member who may edit, none granted or pending yet.</summary>
    public bool CanRequestExtension => InState(CaseStates.OnSite) && CanEdit && IsTeamMember && PendingExtensionRequest is null && Case.Extensions.Count == 0;

    [RequirePermission(P.Edit)]
    public async Task<IActionResult> OnPostExtensionRequestAsync([FromServices] ICaseLawAppService law, [FromServices] InspectionSuiteLocalizer l, CancellationToken ct)
    {
        await law.RequestExtensionAsync(Id, new RequestExtensionDto(ExtensionRequest.Days ?? 0, ExtensionRequest.Grounds ?? "", Stamp ?? ""), ct);
        return Done(l["Extension.Requested"], "law-records");
    }

    [RequirePermission(P.Decide)]
    public async Task<IActionResult> OnPostExtensionRefusalAsync([FromServices] ICaseLawAppService law, [FromServices] InspectionSuiteLocalizer l, CancellationToken ct)
    {
        await law.RefuseExtensionAsync(Id, new RefuseExtensionDto(ExtensionRefusal.Reason ?? "", Stamp ?? ""), ct);
        return Done(l["Extension.Refused"], "law-records");
    }

    /// <summary>Records the unit's explanation (Cases.RecordExplanation).</summary>
    public bool CanRecordExplanation => May.RecordExplanation;

    /// <summary>States in which the văn bản kiến nghị and the direction are recorded (after publication).</summary>
    public static readonly string[] LetterStates = [CaseStates.Published, CaseStates.Sanctioning, CaseStates.FollowUp];

    private void FillLawForms()
    {
        if (FailedForm is null)
        {
            Continuation.On ??= Today;
            MemberReport.ReportedOn ??= Today;
            Explanation.ReceivedOn ??= Today;
            Letter.Date ??= Today;
            Direction.Date ??= Today;
        }
    }

    [RequirePermission(P.Decide)] // tiếp tục: a decision of the người ra quyết định, like the suspension
    public async Task<IActionResult> OnPostContinuationAsync([FromServices] ICaseLawAppService law, [FromServices] InspectionSuiteLocalizer l, CancellationToken ct)
    {
        await law.ContinueAfterSuspensionAsync(Id, new ContinueSuspensionDto(Continuation.DecisionNumber ?? "", Continuation.On ?? default, Stamp ?? ""), ct);
        return Done(l["Law.Continuation.Added"], "law-records");
    }

    [RequirePermission(P.Edit)]
    public async Task<IActionResult> OnPostMemberReportAsync([FromServices] ICaseLawAppService law, [FromServices] InspectionSuiteLocalizer l, CancellationToken ct)
    {
        await law.AddMemberReportAsync(Id, new AddMemberReportDto(MemberReport.MemberId ?? Guid.Empty, MemberReport.ReportedOn ?? default, MemberReport.Text ?? "",
            MemberReport.EvidenceId, Stamp ?? ""), ct);
        return Done(l["Law.MemberReports.Added"], "law-records");
    }

    [RequirePermission(P.RecordExplanation)]
    public async Task<IActionResult> OnPostExplanationAsync([FromServices] ICaseLawAppService law, [FromServices] InspectionSuiteLocalizer l, CancellationToken ct)
    {
        await law.RecordExplanationAsync(Id, new RecordExplanationDto(Explanation.ReceivedOn ?? default, Explanation.Text ?? "", Blank(Explanation.Maintained), Stamp ?? ""), ct);
        return Done(l["Law.Explanation.Added"], "law-records");
    }

    [RequirePermission(P.Decide)]
    public async Task<IActionResult> OnPostRecommendationLetterAsync([FromServices] ICaseLawAppService law, [FromServices] InspectionSuiteLocalizer l, CancellationToken ct)
    {
        await law.RecordRecommendationLetterAsync(Id, new RecordOfficialLetterDto(Letter.Number ?? "", Letter.Date ?? default, Letter.Text ?? "", Stamp ?? ""), ct);
        return Done(l["Law.Letter.Saved"], "law-records");
    }

    [RequirePermission(P.FollowUp)]
    public async Task<IActionResult> OnPostDirectionAsync([FromServices] ICaseLawAppService law, [FromServices] InspectionSuiteLocalizer l, CancellationToken ct)
    {
        await law.RecordDirectionAsync(Id, new RecordOfficialLetterDto(Direction.Number ?? "", Direction.Date ?? default, Direction.Text ?? "", Stamp ?? ""), ct);
        return Done(l["Law.Direction.Saved"], "law-records");
    }

    public sealed class ExtensionRequestForm { public int? Days { get; set; } public string? Grounds { get; set; } }
    public sealed class ExtensionRefusalForm { public string? Reason { get; set; } }
    public sealed class ContinuationForm { public string? DecisionNumber { get; set; } public DateOnly? On { get; set; } }
    public sealed class MemberReportForm { public Guid? MemberId { get; set; } public DateOnly? ReportedOn { get; set; } public string? Text { get; set; } public Guid? EvidenceId { get; set; } }
    public sealed class ExplanationForm { public DateOnly? ReceivedOn { get; set; } public string? Text { get; set; } public string? Maintained { get; set; } }
    public sealed class LetterForm { public string? Number { get; set; } public DateOnly? Date { get; set; } public string? Text { get; set; } }
}
