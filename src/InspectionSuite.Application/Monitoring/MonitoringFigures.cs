namespace InspectionSuite.Monitoring;

/// <summary>
/// Loads what the province figures and the plan tracker are computed from (register, reports, plans) — no permission
/// check here: the app services and the periodic report check theirs first. One query per figure for every reader.
/// </summary>
public sealed class MonitoringFigures(
    IRepository<Unit> units,
    IRepository<UnitKpiReport> reports,
    IRepository<UnitImplementationPlan> plans,
    IOptions<MonitoringOptions> options,
    CaseDeadlineCalculator days)
{
    public MonitoringOptions Options => options.Value;

    /// <summary>
    /// The last day to resubmit a report returned on <paramref name="returnedOn"/>: <see cref="MonitoringOptions.ResubmitWorkingDays"/>
    /// working days later (weekends and the configured holidays skipped, the return day not counted) — the rule the
    /// unit's page, the dashboard and the overdue board share.
    /// </summary>
    public DateOnly ResubmitDueOn(DateOnly returnedOn) => days.Add(returnedOn, Options.ResubmitWorkingDays, working: true);

    /// <summary>The reports returned and not resubmitted, every period (the overdue board's resubmissions).</summary>
    public Task<List<UnitKpiReport>> ReturnedAsync(CancellationToken ct)
        => reports.ToListAsync(reports.Query().Where(r => r.Status == KpiReportStatus.Returned), ct);

    /// <summary>
    /// The province for each of the year's periods in due order, from one read of the register and one of the year's
    /// reports (the dashboard's trend; before, two queries per period).
    /// </summary>
    public async Task<IReadOnlyList<ProvinceKpiDto>> YearAsync(int year, DateOnly today, CancellationToken ct)
    {
        var periods = MonitoringOptions.PeriodsOf(year).ToList();
        var texts = periods.Select(p => p.ToString()).ToList();
        var allUnits = await units.ToListAsync(units.Query().OrderBy(u => u.Code), ct);
        var byPeriod = (await reports.ToListAsync(reports.Query().Where(r => texts.Contains(r.Period)), ct)).ToLookup(r => r.Period);
        return periods.Select(p => UnitKpiReportAppService.Province(p, Options.DueOn(p), today,
            allUnits.Where(u => u.IsValidOn(p.To)).ToList(), byPeriod[p.ToString()].ToDictionary(r => r.UnitId))).ToList();
    }

    /// <summary>The units that owe a report or plan due on <paramref name="day"/>: the register's units valid that day.</summary>
    public async Task<List<Unit>> UnitsValidOnAsync(DateOnly day, CancellationToken ct)
        => (await units.ToListAsync(units.Query().OrderBy(u => u.Code), ct)).Where(u => u.IsValidOn(day)).ToList();

    public async Task<(List<Unit> Units, Dictionary<Guid, UnitKpiReport> ByUnit)> PeriodAsync(KpiPeriod p, CancellationToken ct)
    {
        var register = await UnitsValidOnAsync(p.To, ct);
        var text = p.ToString();
        var list = await reports.ToListAsync(reports.Query().Where(r => r.Period == text), ct);
        return (register, list.ToDictionary(r => r.UnitId));
    }

    public async Task<ProvinceKpiDto> ProvinceAsync(KpiPeriod p, DateOnly today, CancellationToken ct)
    {
        var (register, byUnit) = await PeriodAsync(p, ct);
        return UnitKpiReportAppService.Province(p, Options.DueOn(p), today, register, byUnit);
    }

    public async Task<PlanTrackerDto> TrackerAsync(DateOnly today, CancellationToken ct)
    {
        var due = Options.PlanDueOn;
        var register = await UnitsValidOnAsync(due, ct);
        var list = await plans.ToListAsync(plans.Query().Where(p => p.Year == due.Year), ct);
        return UnitPlanAppService.Tracker(due, today, register, list.ToDictionary(p => p.UnitId));
    }
}
