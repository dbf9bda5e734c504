using InspectionSuite.Monitoring;

namespace InspectionSuite.Oversight.Overdue;

/// <summary>
/// A unit of the register without an implementation plan after the plan's deadline (seed IV.1, Phụ lục 1 row 1:
/// 10/05/2026, <c>Monitoring:PlanDueOn</c>): the plan tracker's "missing", same rule (<see cref="MonitoringFigures.TrackerAsync"/>).
/// It leaves the board when the unit sends its plan, late or not.
/// </summary>
public sealed class UnitPlanOverdueSource(MonitoringFigures figures, InspectionSuiteLocalizer l) : IOverdueSource
{
    public async Task<IReadOnlyList<OverdueEntry>> GetAsync(DateOnly today, DateTime nowUtc, CancellationToken ct)
    {
        if (today <= figures.Options.PlanDueOn) return [];
        var tracker = await figures.TrackerAsync(today, ct);
        return tracker.Units.Where(u => u.Standing == SubmissionStanding.Missing)
            .Select(u => new OverdueEntry(OverdueKinds.UnitPlan, null, l["Mon3.Overdue.UnitPlan", tracker.Year], l["Mon2.Overdue.Representative"], tracker.DueOn)
            {
                UnitId = u.UnitId,
                Authority = AuthorityCode.NoiVu,
                Href = $"/Monitoring?year={tracker.Year}#tracker-title",
            }).ToList();
    }
}
