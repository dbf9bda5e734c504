namespace InspectionSuite.Web.Pages.Reports;

/// <summary>Choose an authority and a reporting period, see the due dates, download the report (.docx/.xlsx) and the registers.</summary>
[Authorize(InspectionSuitePermissions.Reports.Export)]
public sealed class PeriodicModel(IPeriodicReportAppService reports, TimeProvider time) : PageModel
{
    [BindProperty(SupportsGet = true)] public AuthorityCode Authority { get; set; } = AuthorityCode.NoiVu;
    [BindProperty(SupportsGet = true)] public int? Year { get; set; }
    [BindProperty(SupportsGet = true)] public ReportPeriodKind Period { get; set; } = ReportPeriodKind.SixMonths;

    public IReadOnlyList<DueReportDto> Due { get; private set; } = [];
    public ReportingPeriod Selected { get; private set; } = null!;
    public int SelectedYear { get; private set; }
    /// <summary>The numbered section headings of the selected authority's report (each authority only its own).</summary>
    public IReadOnlyList<string> Sections { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken ct)
    {
        Due = await reports.GetDueReportsAsync(null, ct);
        var today = VietnamTime.Today(time);
        SelectedYear = Year is >= 2000 and <= 2100 ? Year.Value : today.Year;
        Selected = ReportingCalendar.For(Period, SelectedYear);
        Sections = PeriodicReportDocument.NumberedSectionTitles(Authority);
    }

    public string ReportUrl(string format)
        => $"/api/reports/periodic?authority={Authority}&year={SelectedYear}&period={Period}&format={format}";

    public string ExportUrl(string kind, string format) => $"/api/exports/{kind}.{format}?year={SelectedYear}&authority={Authority}";
}
