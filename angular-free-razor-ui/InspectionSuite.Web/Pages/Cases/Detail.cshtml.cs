using P = InspectionSuite.Permissions.InspectionSuitePermissions.Cases;

namespace InspectionSuite.Web.Pages.Cases;

/// <summary>
/// The case workspace. It reads everything it shows in one call (<see cref="ICaseAppService.GetWorkspaceAsync"/>: the case,
/// its triggers with the reasons they are refused, history, parts, documents and what the caller may do). Each lifecycle
/// section is a partial view (Sections/_Xxx.cshtml) with its forms and handlers in a part of this class
/// (Sections/XxxSection.cs); every handler calls an app service and nothing else: visibility (404 for another unit's
/// case), permissions, states, guards and concurrency (409) are the services' answers. A failed post comes back through
/// <see cref="FormErrorsAttribute"/>: field messages on the form with what was typed, or the "apply mine" conflict page.
/// </summary>
[Authorize(P.Default)]
[FormErrors]
public sealed partial class DetailModel(ICaseAppService cases, InspectionSuiteLocalizer l, TimeProvider time) : PageModel, IFormPage
{
    [BindProperty(SupportsGet = true)] public Guid Id { get; set; }
    /// <summary>The concurrency stamp of the case as the form showed it.</summary>
    [BindProperty] public string? Stamp { get; set; }

    /// <summary>What the page shows, read once per request.</summary>
    public CaseWorkspaceDto Workspace { get; private set; } = null!;
    public CaseDto Case => Workspace.Case;
    /// <summary>Official documents of this case (download links to the documents API; missing fields listed).</summary>
    public IReadOnlyList<InspectionSuite.Documents.CaseDocumentAvailabilityDto> Documents => Workspace.Documents;
    public IReadOnlyList<CaseTriggerDto> Triggers => Workspace.Triggers;
    public IReadOnlyList<CaseHistoryEntryDto> History => Workspace.History;
    public string Diagram => Workspace.Diagram;
    public IReadOnlyList<ChecklistItemDto> Checklist => Workspace.Checklist;
    public IReadOnlyList<EvidenceFileDto> Evidence => Workspace.Evidence;
    public IReadOnlyList<FindingDto> Findings => Workspace.Findings;
    public FollowUpDto? FollowUp => Workspace.FollowUp;
    /// <summary>What the caller may do here (which forms are offered).</summary>
    public CaseWorkspaceAbilities May => Workspace.May;
    public DateOnly Today { get; private set; }
    /// <summary>The form that failed validation (its section is opened and focused).</summary>
    public string? FailedForm { get; private set; }
    /// <summary>Why the last post lost a race to someone else's save (null when it did not): the form comes back with what was typed.</summary>
    public string? Conflict { get; private set; }

    public bool CanEdit => May.Edit;
    public bool CanRecordFindings => May.RecordFindings;
    public bool CanUploadEvidence => May.UploadEvidence;
    public bool CanReportImplementation => May.ReportImplementation;
    public bool CanAssign => May.Assign;
    /// <summary>The người ra quyết định (Cases.Decide, Leadership): approves the kế hoạch tiến hành.</summary>
    public bool CanDecide => May.Decide;
    /// <summary>The team drafts the conclusion (and its members dissent).</summary>
    public bool CanDraft => May.Draft;
    /// <summary>Appraises the draft: holds Cases.Appraise and is not on the team (the team cannot appraise its own draft).</summary>
    public bool CanAppraise => May.Appraise;
    /// <summary>Signs the conclusion (the người ra quyết định): holds Cases.Decide and is not on the team.</summary>
    public bool CanSign => May.Sign;
    public bool CanPublish => May.Publish;
    public bool CanSanction => May.Sanction;
    public bool CanFollowUp => May.FollowUp;
    /// <summary>Confirms or rejects the unit's "done" (the team or a supervisor, never the unit).</summary>
    public bool CanReviewClaims => May.ReviewClaims;
    /// <summary>The signed-in user is on the case team (dissents are the members' own).</summary>
    public bool IsTeamMember => May.IsTeamMember;

    public bool InState(params string[] states) => states.Contains(Case.State);

    public Task OnGetAsync(CancellationToken ct) => LoadAsync(ct);

    // ------------------------------------------------------------ workflow

    public async Task<IActionResult> OnPostFireAsync(string trigger, int version, string? reason, CancellationToken ct)
    {
        await cases.FireAsync(Id, trigger, new FireTriggerDto(version, string.IsNullOrWhiteSpace(reason) ? null : reason.Trim()), ct);
        return Done(l["Case.Fired", l["Trigger." + trigger]], "timeline");
    }

    // ------------------------------------------------------------ helpers

    /// <summary>
    /// After a failed post (<see cref="FormErrorsAttribute"/>): the posted values are still bound to the forms, the page
    /// shows what is recorded now, and the forms carry the current stamps, so saving again applies what the user typed.
    /// </summary>
    public async Task RedisplayAsync(string form, string? conflict, CancellationToken ct)
    {
        FailedForm = form;
        Conflict = conflict;
        await LoadAsync(ct);
    }

    private RedirectToPageResult Done(string? message, string fragment)
    {
        if (message is not null) TempData["Success"] = message;
        return RedirectToPage("/Cases/Detail", null, new { id = Id }, fragment);
    }

    /// <summary>For upload.js (XMLHttpRequest, progress shown) the answer is JSON with where to go; for a plain form post, a redirect.</summary>
    private IActionResult DoneUploading(string message, string fragment)
    {
        if (Request.Headers.XRequestedWith != "XMLHttpRequest") return Done(message, fragment);
        TempData["Success"] = message;
        return new JsonResult(new { redirect = Url.Page("/Cases/Detail", null, new { id = Id }, null, null, fragment) });
    }

    /// <summary>A value the form must carry before the service is asked (a date the DTO cannot leave empty).</summary>
    private static T Required<T>(T? value, string field) where T : struct
        => value ?? throw new InputValidationException(field, "Validation.Required");

    private static string? Blank(string? s) => string.IsNullOrWhiteSpace(s) ? null : s.Trim();

    private async Task LoadAsync(CancellationToken ct)
    {
        Today = CaseUi.Today(time);
        Workspace = await cases.GetWorkspaceAsync(Id, ct);
        // Each form shows what the case holds, except after a failed post: the failed form keeps what was typed.
        FillDeadlineForms();
        FillRecordForms();
        FillPreparationForms();
        FillConcludingForms();
        FillLawForms();
        await LoadCheckAsync(ct);
        await LoadTeamChangeAsync(ct);
        Stamp = Case.ConcurrencyStamp;
        ModelState.Remove(nameof(Stamp));
    }
}
