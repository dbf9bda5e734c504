using InspectionSuite.Monitoring;
using P = InspectionSuite.Permissions.InspectionSuitePermissions.Monitoring;

namespace InspectionSuite.Web.Pages.Monitoring;

/// <summary>
/// The unit representative's monitoring page (seed IV.1): the unit's implementation plan (file + issue date) and its
/// periodic reports with raw figures per indicator; a returned report shows the reason and is resubmitted here.
/// A refused submission shows why and keeps what was typed; nothing is saved.
/// </summary>
[Authorize(P.Submit)]
public sealed class MyUnitModel(IUnitKpiReportAppService reports, IUnitPlanAppService plans, InspectionSuiteLocalizer l) : PageModel
{
    [BindProperty(SupportsGet = true)] public string? Period { get; set; }

    /// <summary>Typed figures keyed "INDICATOR-figure"; an indicator left blank is not reported (no data, never zero).</summary>
    [BindProperty] public Dictionary<string, long?> Figures { get; set; } = [];

    public Guid? UnitId { get; private set; }
    public MyUnitPlanDto? Plan { get; private set; }
    public IReadOnlyList<KpiPeriodDto> Periods { get; private set; } = [];
    public IReadOnlyList<UnitKpiReportDto> Reports { get; private set; } = [];
    public UnitKpiReportDto? Selected { get; private set; }
    public string? PlanError { get; private set; }
    public string? ReportError { get; private set; }

    public static string Key(KpiIndicator i, string figure) => $"{i.Code}-{figure}";

    public async Task OnGetAsync(CancellationToken ct) => await LoadAsync(keepTyped: false, ct);

    public async Task<IActionResult> OnPostPlanAsync(DateOnly? issuedOn, IFormFile? file, CancellationToken ct)
    {
        try
        {
            if (issuedOn is null) throw new BusinessException(MonitoringErrorCodes.PlanDateInvalid);
            if (file is null || file.Length == 0) throw new BusinessException(MonitoringErrorCodes.PlanFileMissing);
            await using var stream = file.OpenReadStream();
            await plans.SubmitAsync(new SubmitUnitPlanDto(issuedOn.Value, new FileUploadDto(file.FileName, file.ContentType, file.Length, stream)), ct);
            TempData["Success"] = l["Mon.PlanSaved"];
            return RedirectToPage(new { Period });
        }
        catch (BusinessException ex)
        {
            PlanError = l.Error(ex);
            await LoadAsync(keepTyped: false, ct);
            return Page();
        }
    }

    public async Task<IActionResult> OnPostReportAsync(CancellationToken ct)
    {
        await LoadAsync(keepTyped: true, ct);
        if (UnitId is not { } unitId || Selected is null) return Page();
        var body = new Dictionary<string, Dictionary<string, long>>();
        foreach (var i in KpiIndicators.All)
        {
            var given = i.Figures.Select(f => (Name: f, Value: Figures.GetValueOrDefault(Key(i, f)))).ToList();
            if (given.All(g => g.Value is null)) continue;
            body[i.Code] = given.Where(g => g.Value is not null).ToDictionary(g => g.Name, g => g.Value!.Value);
        }
        try
        {
            await reports.SubmitAsync(unitId, Selected.Period, body, ct);
            TempData["Success"] = l["Mon.ReportSaved", Selected.Period];
            return RedirectToPage(new { Period = Selected.Period });
        }
        catch (BusinessException ex)
        {
            ReportError = l.Error(ex);
            return Page();
        }
    }

    private async Task LoadAsync(bool keepTyped, CancellationToken ct)
    {
        UnitId = await reports.GetMyUnitIdAsync(ct);
        if (UnitId is not { } unitId) return;
        Plan = await plans.GetMineAsync(ct);
        Periods = await reports.GetPeriodsAsync(null, ct);
        var list = new List<UnitKpiReportDto>();
        foreach (var p in Periods) list.Add(await reports.GetAsync(unitId, p.Period, ct));
        Reports = list;
        Selected = Reports.FirstOrDefault(r => string.Equals(r.Period, Period, StringComparison.OrdinalIgnoreCase))
            ?? Reports.FirstOrDefault(r => r.Status is null or KpiReportStatus.Returned) ?? Reports.LastOrDefault();
        if (keepTyped || Selected is null) return;
        Figures = Selected.Figures.SelectMany(i => i.Value.Select(f => (Key: $"{i.Key}-{f.Key}", Value: (long?)f.Value)))
            .ToDictionary(x => x.Key, x => x.Value);
    }
}
