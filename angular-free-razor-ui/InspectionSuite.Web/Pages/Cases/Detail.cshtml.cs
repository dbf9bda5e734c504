using InspectionSuite.Cases;
using InspectionSuite.Localization;
using InspectionSuite.Permissions;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Filters;
using Microsoft.AspNetCore.Mvc.RazorPages;
using P = InspectionSuite.Permissions.InspectionSuitePermissions.Cases;

namespace InspectionSuite.Web.Pages.Cases;

/// <summary>
/// The case workspace. Every handler calls an app service and nothing else: visibility (404 for another unit's case),
/// permissions, states, guards and concurrency (409) are the services' answers. Validation failures come back as
/// field messages on the form; other business errors render on the Error page with their status.
/// </summary>
[Authorize(P.Default)]
public sealed partial class DetailModel(
    ICaseAppService cases,
    IChecklistAppService checklist,
    IEvidenceAppService evidence,
    IFindingAppService findings,
    IFollowUpAppService followUp,
    InspectionSuite.Application.Documents.ICaseDocumentAppService documents,
    IPermissionChecker permissions,
    InspectionSuiteLocalizer l,
    TimeProvider time) : PageModel
{
    [BindProperty(SupportsGet = true)] public Guid Id { get; set; }
    /// <summary>The concurrency stamp of the case as the form showed it.</summary>
    [BindProperty] public string? Stamp { get; set; }

    [BindProperty] public MinutesForm Minutes { get; set; } = new();
    [BindProperty] public DiaryForm Diary { get; set; } = new();
    [BindProperty] public ExtensionForm Extension { get; set; } = new();
    [BindProperty] public SuspensionForm Suspension { get; set; } = new();
    [BindProperty] public FindingForm Finding { get; set; } = new();
    [BindProperty] public OnSiteForm OnSite { get; set; } = new();
    [BindProperty] public ResultsReportForm ResultsReport { get; set; } = new();
    [BindProperty] public AnnouncementForm Announcement { get; set; } = new();
    [BindProperty] public ImplementationForm Implementation { get; set; } = new();

    public CaseDto Case { get; private set; } = null!;
    /// <summary>Official documents of this case (download links to the documents API; missing fields listed).</summary>
    public IReadOnlyList<InspectionSuite.Application.Documents.CaseDocumentAvailabilityDto> Documents { get; private set; } = [];
    public IReadOnlyList<CaseTriggerDto> Triggers { get; private set; } = [];
    public IReadOnlyList<CaseHistoryEntryDto> History { get; private set; } = [];
    public string Diagram { get; private set; } = "";
    public IReadOnlyList<ChecklistItemDto> Checklist { get; private set; } = [];
    public IReadOnlyList<EvidenceFileDto> Evidence { get; private set; } = [];
    public IReadOnlyList<FindingDto> Findings { get; private set; } = [];
    public FollowUpDto? FollowUp { get; private set; }
    public DateOnly Today { get; private set; }
    /// <summary>The form that failed validation (its section is opened and focused).</summary>
    public string? FailedForm { get; private set; }
    /// <summary>Why the last post lost a race to someone else's save (null when it did not): the form comes back with what was typed.</summary>
    public string? Conflict { get; private set; }
    /// <summary>What was typed into a checklist item's form (shown again when that item was changed meanwhile).</summary>
    public ChecklistTyped? ConflictItem { get; private set; }
    public sealed record ChecklistTyped(Guid ItemId, CheckResult Result, string? Measured, string? Note);
    private ChecklistTyped? _typedChecklist;

    public bool CanEdit { get; private set; }
    public bool CanRecordFindings { get; private set; }
    public bool CanUploadEvidence { get; private set; }
    public bool CanReportImplementation { get; private set; }

    public Task OnGetAsync(CancellationToken ct) => LoadAsync(ct);

    public async Task<IActionResult> OnGetDownloadAsync(Guid evidenceId, CancellationToken ct)
    {
        var content = await evidence.OpenAsync(Id, evidenceId, ct);
        // Always a download under the recorded display name, never rendered inline; the stored path never leaves the service.
        return File(content.Content, "application/octet-stream", content.FileName);
    }

    // ------------------------------------------------------------ workflow

    public async Task<IActionResult> OnPostFireAsync(string trigger, int version, string? reason, CancellationToken ct)
    {
        await cases.FireAsync(Id, trigger, new FireTriggerDto(version, string.IsNullOrWhiteSpace(reason) ? null : reason.Trim()), ct);
        return Done(l["Case.Fired", l["Trigger." + trigger]], "timeline");
    }

    // ------------------------------------------------------------ checklist, findings

    [RequirePermission(P.RecordFindings)]
    public async Task<IActionResult> OnPostAddCatalogueAsync(CancellationToken ct)
    {
        await checklist.AddCatalogueCriteriaAsync(Id, new AddCatalogueCriteriaDto(Stamp ?? ""), ct);
        return Done(null, "checklist");
    }

    [RequirePermission(P.RecordFindings)]
    public async Task<IActionResult> OnPostChecklistAsync(Guid itemId, CheckResult result, string? measured, string? note, string? itemStamp, CancellationToken ct)
    {
        _typedChecklist = new ChecklistTyped(itemId, result, measured, note);
        try
        {
            var saved = await checklist.RecordResultAsync(Id, itemId, new RecordChecklistResultDto(result, Blank(measured), Blank(note), Stamp ?? "", Blank(itemStamp)), ct);
            return Done(saved.ProposedFinding is null ? l["Checklist.Saved", saved.Item.CriterionCode] : l["Checklist.SavedWithFinding", saved.Item.CriterionCode], "item-" + itemId);
        }
        catch (InputValidationException e) { return await Invalid(e, "Checklist", ct); }
    }

    [RequirePermission(P.RecordFindings)]
    public async Task<IActionResult> OnPostFindingAsync(CancellationToken ct)
    {
        try
        {
            await findings.RecordAsync(Id, new RecordFindingDto(Blank(Finding.CriterionCode), Finding.Description ?? "", Finding.Severity, Blank(Finding.LegalBasis),
                Finding.AmountVnd, Blank(Finding.Responsible), Stamp ?? ""), ct);
            return Done(l["Findings.Recorded"], "findings");
        }
        catch (InputValidationException e) { return await Invalid(e, nameof(Finding), ct); }
    }

    [RequirePermission(P.RecordFindings)]
    public async Task<IActionResult> OnPostConfirmFindingAsync(Guid findingId, string? description, FindingSeverity severity, string? legalBasis, decimal? amountVnd, string? responsible, CancellationToken ct)
    {
        try
        {
            await findings.ConfirmAsync(Id, findingId, new ConfirmFindingDto(description ?? "", severity, Blank(legalBasis), amountVnd, Blank(responsible), Stamp ?? ""), ct);
            return Done(l["Findings.Confirmed"], "findings");
        }
        catch (InputValidationException e) { return await Invalid(e, "Confirm", ct); }
    }

    [RequirePermission(P.RecordFindings)]
    public async Task<IActionResult> OnPostRejectFindingAsync(Guid findingId, CancellationToken ct)
    {
        await findings.RejectAsync(Id, findingId, new RejectFindingDto(Stamp ?? ""), ct);
        return Done(l["Findings.Rejected"], "findings");
    }

    // ------------------------------------------------------------ evidence

    /// <summary>
    /// Several files in one post. From upload.js (XMLHttpRequest, progress shown) the answer is JSON; from a plain form
    /// post it is a redirect. Each file is an addition: other people's additions meanwhile are no conflict.
    /// </summary>
    [RequirePermission(P.Evidence)]
    public async Task<IActionResult> OnPostUploadAsync(List<IFormFile> files, string? description, DateOnly? effectiveDate, CancellationToken ct)
    {
        var ajax = Request.Headers.XRequestedWith == "XMLHttpRequest";
        try
        {
            if (files.Count == 0) throw new InputValidationException("Files", "Evidence.NoFile");
            await UploadAllAsync(files, Blank(description), effectiveDate, ct);
            var message = l["Evidence.Uploaded", files.Count];
            if (!ajax) return Done(message, "evidence");
            TempData["Success"] = message;
            return new JsonResult(new { redirect = Url.Page("/Cases/Detail", null, new { id = Id }, null, null, "evidence") });
        }
        catch (BusinessException e) when (ajax) { return UploadError(e); }
        catch (InputValidationException e) { return await Invalid(e, "Upload", ct); }
    }

    private async Task UploadAllAsync(List<IFormFile> files, string? description, DateOnly? effectiveDate, CancellationToken ct)
    {
        var stamp = Stamp ?? "";
        for (var i = 0; i < files.Count; i++)
        {
            var file = files[i];
            await using var stream = file.OpenReadStream();
            await evidence.UploadAsync(Id, new UploadEvidenceInput(file.FileName, file.ContentType ?? "", file.Length, stream, effectiveDate, description, stamp), ct);
        }
    }

    // ------------------------------------------------------------ records on the case

    [RequirePermission(P.Edit)]
    public async Task<IActionResult> OnPostMinutesAsync(CancellationToken ct)
    {
        try
        {
            await cases.AddMinutesAsync(Id, new AddMinutesDto(Minutes.Title ?? "", Minutes.HeldOn ?? default, Minutes.Content ?? "", Stamp ?? ""), ct);
            return Done(l["Minutes.Added"], "minutes");
        }
        catch (InputValidationException e) { return await Invalid(e, nameof(Minutes), ct); }
    }

    [RequirePermission(P.Edit)]
    public async Task<IActionResult> OnPostDiaryAsync(CancellationToken ct)
    {
        try
        {
            await cases.AddDiaryEntryAsync(Id, new AddDiaryEntryDto(Diary.Date ?? default, Diary.Text ?? "", Stamp ?? ""), ct);
            return Done(l["Diary.Added"], "diary");
        }
        catch (InputValidationException e) { return await Invalid(e, nameof(Diary), ct); }
    }

    [RequirePermission(P.Edit)]
    public async Task<IActionResult> OnPostExtensionAsync(CancellationToken ct)
    {
        try
        {
            await cases.AddExtensionAsync(Id, new AddExtensionDto(Extension.DecisionNumber ?? "", Extension.Days ?? 0, Extension.Grounds ?? "", Extension.DecidedOn ?? default, Stamp ?? ""), ct);
            return Done(l["Extension.Added"], "deadlines");
        }
        catch (InputValidationException e) { return await Invalid(e, nameof(Extension), ct); }
    }

    [RequirePermission(P.Edit)]
    public async Task<IActionResult> OnPostSuspensionAsync(CancellationToken ct)
    {
        try
        {
            await cases.AddSuspensionAsync(Id, new AddSuspensionDto(Suspension.DecisionNumber ?? "", Suspension.From ?? default, Suspension.To ?? default, Suspension.Reason ?? "", Stamp ?? ""), ct);
            return Done(l["Suspension.Added"], "deadlines");
        }
        catch (InputValidationException e) { return await Invalid(e, nameof(Suspension), ct); }
    }

    [RequirePermission(P.Edit)]
    public async Task<IActionResult> OnPostOnSiteAsync(CancellationToken ct)
    {
        if (OnSite.Start is not { } start) return await Invalid(new InputValidationException("Start", "Validation.Required"), nameof(OnSite), ct);
        try
        {
            await cases.SetOnSitePeriodAsync(Id, new SetOnSitePeriodDto(start, OnSite.End, Stamp ?? ""), ct);
            return Done(l["OnSitePeriod.Saved"], "records");
        }
        catch (InputValidationException e) { return await Invalid(e, nameof(OnSite), ct); }
    }

    [RequirePermission(P.Edit)]
    public async Task<IActionResult> OnPostAnnouncementAsync(CancellationToken ct)
    {
        if (Announcement.Date is not { } date) return await Invalid(new InputValidationException("Date", "Validation.Required"), nameof(Announcement), ct);
        await cases.RecordAnnouncementAsync(Id, new RecordAnnouncementDto(date, Stamp ?? ""), ct);
        return Done(l["Announcement.Saved"], "records");
    }

    [RequirePermission(P.Edit)]
    public async Task<IActionResult> OnPostResultsReportAsync(CancellationToken ct)
    {
        if (ResultsReport.Date is not { } date) return await Invalid(new InputValidationException("Date", "Validation.Required"), nameof(ResultsReport), ct);
        try
        {
            await cases.AttachResultsReportAsync(Id, new AttachResultsReportDto(Blank(ResultsReport.Number), date, ResultsReport.Text ?? "", Stamp ?? ""), ct);
            return Done(l["ResultsReport.Saved"], "records");
        }
        catch (InputValidationException e) { return await Invalid(e, nameof(ResultsReport), ct); }
    }

    // ------------------------------------------------------------ follow-up (unit representative or team)

    /// <summary>An implementation report on one sanction/recommendation, with its attachments stored as evidence linked to it (all or nothing).</summary>
    public async Task<IActionResult> OnPostImplementationAsync(List<IFormFile> files, CancellationToken ct)
    {
        try
        {
            var attachments = new List<FileUploadDto>();
            try
            {
                attachments.AddRange(files.Select(f => new FileUploadDto(f.FileName, f.ContentType ?? "", f.Length, f.OpenReadStream())));
                await followUp.ReportImplementationAsync(Id, new ReportImplementationDto(Implementation.SanctionId, Implementation.Status ?? default,
                    Implementation.AmountRecoveredVnd ?? 0, Blank(Implementation.Note), Stamp ?? ""), attachments, ct);
            }
            finally
            {
                foreach (var a in attachments) await a.Content.DisposeAsync();
            }
            return Done(l["FollowUp.Reported"], "follow-up");
        }
        catch (InputValidationException e) { return await Invalid(e, nameof(Implementation), ct); }
    }

    // ------------------------------------------------------------ helpers

    /// <summary>
    /// A post that lost a race to someone else's save (a stale stamp on an edit of the case, or an item changed since it
    /// was read) comes back as this page, not as an error page: the posted values are still bound to the forms, the page
    /// shows what is recorded now, and the forms carry the current stamps, so saving again applies what the user typed.
    /// </summary>
    public override async Task OnPageHandlerExecutionAsync(PageHandlerExecutingContext context, PageHandlerExecutionDelegate next)
    {
        var executed = await next();
        if (executed.ExceptionHandled || executed.Exception is not BusinessException error
            || error is not (ConcurrencyConflictException or ConflictException { Code: CaseErrorCodes.PartChangedMeanwhile })) return;
        executed.ExceptionHandled = true;
        Conflict = l.Error(error.Code, error.Args);
        FailedForm = context.HandlerMethod?.Name;
        ConflictItem = FailedForm == "Checklist" ? _typedChecklist : null;
        Response.StatusCode = StatusCodes.Status409Conflict;
        await LoadAsync(HttpContext.RequestAborted);
        executed.Result = Page();
    }

    private RedirectToPageResult Done(string? message, string fragment)
    {
        if (message is not null) TempData["Success"] = message;
        return RedirectToPage("/Cases/Detail", null, new { id = Id }, fragment);
    }

    private async Task<IActionResult> Invalid(InputValidationException error, string form, CancellationToken ct)
    {
        ModelState.AddErrors(error, form, l);
        FailedForm = form;
        Response.StatusCode = StatusCodes.Status422UnprocessableEntity;
        await LoadAsync(ct);
        return Page();
    }

    private static string? Blank(string? s) => string.IsNullOrWhiteSpace(s) ? null : s.Trim();

    private async Task LoadAsync(CancellationToken ct)
    {
        Today = CaseUi.Today(time);
        Case = await cases.GetAsync(Id, ct);
        Documents = await documents.GetAvailableAsync(Id, ct);
        Triggers = await cases.GetTriggersAsync(Id, ct);
        History = await cases.GetHistoryAsync(Id, ct);
        Diagram = await cases.GetDiagramAsync(Id, ct);
        Checklist = await checklist.GetListAsync(Id, ct);
        Evidence = await evidence.GetListAsync(Id, ct);
        Findings = await findings.GetListAsync(Id, ct);
        if (Case.SanctionCount > 0) FollowUp = await followUp.GetAsync(Id, ct);
        CanEdit = await permissions.IsGrantedAsync(P.Edit, ct);
        CanRecordFindings = await permissions.IsGrantedAsync(P.RecordFindings, ct);
        CanUploadEvidence = await permissions.IsGrantedAsync(P.Evidence, ct);
        CanReportImplementation = await permissions.IsGrantedAsync(P.ReportImplementation, ct) || await permissions.IsGrantedAsync(P.FollowUp, ct);
        await LoadStepsAsync(permissions, followUp, ct);
        await LoadCheckAsync(permissions, ct);
        // A re-check inspector reads the case and records their own re-check's results (the _ReCheck section) only.
        if (Case.ReCheckInspectorOnly)
            CanEdit = CanRecordFindings = CanUploadEvidence = CanReportImplementation = CanAssign = CanDraft = CanAppraise = CanSign = CanPublish = CanSanction = CanFollowUp = false;
        // After a successful post the forms start empty with today's date; after a failed one they keep what was typed.
        if (FailedForm is null)
        {
            Minutes.HeldOn ??= Today;
            Diary.Date ??= Today;
            Extension.DecidedOn ??= Today;
            OnSite.Start ??= Case.OnSiteStart ?? Today;
            OnSite.End ??= Case.OnSiteEnd;
            Announcement.Date ??= Case.AnnouncedOn ?? Today;
            ResultsReport.Date ??= Case.ResultsReportDate ?? Today;
            ResultsReport.Number ??= Case.ResultsReportNumber;
            ResultsReport.Text ??= Case.ResultsReportText;
        }
        Stamp = Case.ConcurrencyStamp;
        ModelState.Remove(nameof(Stamp));
    }

    public sealed class MinutesForm { public string? Title { get; set; } public DateOnly? HeldOn { get; set; } public string? Content { get; set; } }
    public sealed class DiaryForm { public DateOnly? Date { get; set; } public string? Text { get; set; } }
    public sealed class ExtensionForm { public string? DecisionNumber { get; set; } public int? Days { get; set; } public string? Grounds { get; set; } public DateOnly? DecidedOn { get; set; } }
    public sealed class SuspensionForm { public string? DecisionNumber { get; set; } public DateOnly? From { get; set; } public DateOnly? To { get; set; } public string? Reason { get; set; } }
    public sealed class FindingForm
    {
        public string? CriterionCode { get; set; }
        public string? Description { get; set; }
        public FindingSeverity Severity { get; set; } = FindingSeverity.Moderate;
        public string? LegalBasis { get; set; }
        public decimal? AmountVnd { get; set; }
        public string? Responsible { get; set; }
    }
    public sealed class OnSiteForm { public DateOnly? Start { get; set; } public DateOnly? End { get; set; } }
    public sealed class AnnouncementForm { public DateOnly? Date { get; set; } }
    public sealed class ResultsReportForm { public string? Number { get; set; } public DateOnly? Date { get; set; } public string? Text { get; set; } }
    public sealed class ImplementationForm
    {
        public Guid SanctionId { get; set; }
        public ImplementationStatus? Status { get; set; }
        public decimal? AmountRecoveredVnd { get; set; }
        public string? Note { get; set; }
    }
}
