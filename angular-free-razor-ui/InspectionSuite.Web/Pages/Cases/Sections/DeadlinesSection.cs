using P = InspectionSuite.Permissions.InspectionSuitePermissions.Cases;

namespace InspectionSuite.Web.Pages.Cases;

/// <summary>
/// Section "deadlines" (Sections/_Deadlines.cshtml): the on-site period, extensions (gia hạn) and suspensions, the
/// announcement date and the results report, which move or stop the case's due dates.
/// </summary>
public sealed partial class DetailModel
{
    [BindProperty] public ExtensionForm Extension { get; set; } = new();
    [BindProperty] public SuspensionForm Suspension { get; set; } = new();
    [BindProperty] public OnSiteForm OnSite { get; set; } = new();
    [BindProperty] public ResultsReportForm ResultsReport { get; set; } = new();
    [BindProperty] public AnnouncementForm Announcement { get; set; } = new();

    [RequirePermission(P.Decide)] // gia hạn: the người ra quyết định (Leadership), not the team (form in _LawRecords)
    public async Task<IActionResult> OnPostExtensionAsync(CancellationToken ct)
    {
        await cases.AddExtensionAsync(Id, new AddExtensionDto(Extension.DecisionNumber ?? "", Extension.Days ?? 0, Extension.Grounds ?? "", Extension.DecidedOn ?? default, Stamp ?? ""), ct);
        return Done(l["Extension.Added"], "deadlines");
    }

    [RequirePermission(P.Decide)] // tạm dừng: a decision of the người ra quyết định (Leadership), not the team
    public async Task<IActionResult> OnPostSuspensionAsync(CancellationToken ct)
    {
        await cases.AddSuspensionAsync(Id, new AddSuspensionDto(Suspension.DecisionNumber ?? "", Suspension.From ?? default, Suspension.To, Suspension.Reason ?? "", Stamp ?? ""), ct);
        return Done(l["Suspension.Added"], "deadlines");
    }

    [RequirePermission(P.Edit)]
    public async Task<IActionResult> OnPostOnSiteAsync(CancellationToken ct)
    {
        await cases.SetOnSitePeriodAsync(Id, new SetOnSitePeriodDto(Required(OnSite.Start, "Start"), OnSite.End, Stamp ?? ""), ct);
        return Done(l["OnSitePeriod.Saved"], "records");
    }

    [RequirePermission(P.Edit)]
    public async Task<IActionResult> OnPostAnnouncementAsync(CancellationToken ct)
    {
        await cases.RecordAnnouncementAsync(Id, new RecordAnnouncementDto(Required(Announcement.Date, "Date"), Stamp ?? ""), ct);
        return Done(l["Announcement.Saved"], "records");
    }

    [RequirePermission(P.Edit)]
    public async Task<IActionResult> OnPostResultsReportAsync(CancellationToken ct)
    {
        await cases.AttachResultsReportAsync(Id, new AttachResultsReportDto(Blank(ResultsReport.Number), Required(ResultsReport.Date, "Date"), ResultsReport.Text ?? "", Stamp ?? ""), ct);
        return Done(l["ResultsReport.Saved"], "records");
    }

    /// <summary>After a successful post the forms start with today's date and what the case holds; after a failed one they keep what was typed.</summary>
    private void FillDeadlineForms()
    {
        if (FailedForm is not null) return;
        Extension.DecidedOn ??= Today;
        OnSite.Start ??= Case.OnSiteStart ?? Today;
        OnSite.End ??= Case.OnSiteEnd;
        Announcement.Date ??= Case.AnnouncedOn ?? Today;
        ResultsReport.Date ??= Case.ResultsReport.Date ?? Today;
        ResultsReport.Number ??= Case.ResultsReport.Number;
        ResultsReport.Text ??= Case.ResultsReport.Text;
    }

    public sealed class ExtensionForm { public string? DecisionNumber { get; set; } public int? Days { get; set; } public string? Grounds { get; set; } public DateOnly? DecidedOn { get; set; } }
    public sealed class SuspensionForm { public string? DecisionNumber { get; set; } public DateOnly? From { get; set; } public DateOnly? To { get; set; } public string? Reason { get; set; } }
    public sealed class OnSiteForm { public DateOnly? Start { get; set; } public DateOnly? End { get; set; } }
    public sealed class AnnouncementForm { public DateOnly? Date { get; set; } }
    public sealed class ResultsReportForm { public string? Number { get; set; } public DateOnly? Date { get; set; } public string? Text { get; set; } }
}
