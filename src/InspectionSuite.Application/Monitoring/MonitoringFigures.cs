using InspectionSuite.Organization;
using Microsoft.Extensions.Options;

namespace InspectionSuite.Monitoring;

/// <summary>
/// Loads what the province figures and the plan tracker are computed from (register, reports, plans) — no permission
/// check here: the app services and the periodic report check theirs first. One query per figure for every reader.
/// </summary>
public sealed class MonitoringFigures(
    IRepository<Unit> units,
    IRepository<UnitKpiReport> reports,
    IRepository<UnitImplementationPlan> plans,
    IOptions<MonitoringOptions> options)
{
    public MonitoringOptions Options => options.Value;

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
