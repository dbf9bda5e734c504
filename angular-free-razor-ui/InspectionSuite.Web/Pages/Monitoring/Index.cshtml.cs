using System.Text.Json;
using InspectionSuite.Monitoring;
using P = InspectionSuite.Permissions.InspectionSuitePermissions;

namespace InspectionSuite.Web.Pages.Monitoring;

/// <summary>
/// Sở Nội vụ's monitoring dashboard (issue 15): each indicator province-wide against its target for the chosen period,
/// the trend over the year's periods (chart and the same figures as a table), the units furthest from target, every
/// unit's report standing (with the return of a report), the plan tracker and the 20% check coverage.
/// </summary>
[Authorize(P.Monitoring.ViewAll)]
public sealed class IndexModel(
    IUnitKpiReportAppService reports, IUnitPlanAppService plans, IAnnualPlanAppService annualPlans, IPermissionChecker permissions,
    InspectionSuiteLocalizer l, TimeProvider time) : PageModel
{
    public const int PageSize = 20;
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    [BindProperty(SupportsGet = true)] public int? Year { get; set; }
    [BindProperty(SupportsGet = true)] public string? Period { get; set; }
    [BindProperty(SupportsGet = true, Name = "p")] public int PageNumber { get; set; } = 1;

    public IReadOnlyList<KpiPeriodDto> Periods { get; private set; } = [];
    public ProvinceKpiDto Province { get; private set; } = null!;
    public IReadOnlyList<ProvinceKpiDto> Trend { get; private set; } = [];
    public IReadOnlyList<UnitGapDto> Furthest { get; private set; } = [];
    public IReadOnlyList<UnitStandingDto> Standings { get; private set; } = [];
    public int StandingsTotal { get; private set; }
    public Pager Pager { get; private set; } = null!;
    public PlanTrackerDto Tracker { get; private set; } = null!;
    public PlanCoverageDto? Coverage { get; private set; }
    public Guid? CoveragePlanId { get; private set; }
    public bool MayReturn { get; private set; }

    /// <summary>The plan tracker's row of a unit (its standing and file), or null when the unit is not in the tracker's register.</summary>
    public UnitPlanRowDto? PlanOf(Guid unitId) => Tracker.Units.FirstOrDefault(u => u.UnitId == unitId);

    public async Task OnGetAsync(CancellationToken ct)
    {
        var year = Year is >= 2000 and <= 2100 ? Year.Value : VietnamTime.Today(time).Year;
        Year = year;
        Periods = await reports.GetPeriodsAsync(year, ct);
        var today = VietnamTime.Today(time);
        var selected = Periods.FirstOrDefault(p => string.Equals(p.Period, Period, StringComparison.OrdinalIgnoreCase))
            ?? Periods.LastOrDefault(p => p.DueOn < today) ?? Periods[0];
        Period = selected.Period;
        Trend = await reports.GetProvinceTrendAsync(year, ct);
        Province = Trend.Single(t => t.Period == selected.Period);
        Furthest = await reports.GetFurthestFromTargetAsync(selected.Period, 10, ct);
        var all = await reports.GetStandingsAsync(selected.Period, ct);
        var page = Math.Max(1, PageNumber);
        StandingsTotal = all.Count;
        Standings = all.Skip((page - 1) * PageSize).Take(PageSize).ToList();
        Pager = new Pager(Request, page, PageSize, all.Count);
        Tracker = await plans.GetTrackerAsync(null, ct);
        MayReturn = await permissions.IsGrantedAsync(P.Monitoring.Review, ct);
        if (await permissions.IsGrantedAsync(P.Planning.Default, ct))
        {
            var plan = (await annualPlans.GetListAsync(new GetAnnualPlanListInput { Year = year, Authority = AuthorityCode.NoiVu, MaxResultCount = 1 }, ct)).Items.FirstOrDefault();
            if (plan is not null && plan.Status != PlanStatus.Draft)
            {
                CoveragePlanId = plan.Id;
                Coverage = await annualPlans.GetCoverageAsync(plan.Id, ct);
            }
        }
    }

    [RequirePermission(P.Monitoring.Review)]
    public async Task<IActionResult> OnPostReturnAsync(Guid unitId, string period, string? reason, CancellationToken ct)
    {
        try
        {
            var r = await reports.ReturnAsync(unitId, period, new ReturnKpiReportDto(reason ?? ""), ct);
            TempData["Success"] = l["Mon.ReturnedOk", r.UnitName, MonitoringText.Period(l, r.Period)];
        }
        catch (BusinessException ex)
        {
            TempData["MonError"] = l.Error(ex);
        }
        return RedirectToPage(new { Year, Period = period });
    }

    /// <summary>One line per indicator over the year's periods; a period without data is a gap, never a zero.</summary>
    public string TrendChart()
        => JsonSerializer.Serialize(new
        {
            type = "line",
            labels = Trend.Select(t => MonitoringText.Period(l, t.Period)).ToArray(),
            datasets = KpiIndicators.All.Select(i => new
            {
                label = MonitoringText.Name(l, i),
                data = Trend.Select(t => t.Indicators.Single(x => x.Code == i.Code).Percent is { } v ? (double?)(double)v : null).ToArray(),
            }).ToArray(),
        }, Json);
}
