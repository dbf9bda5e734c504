using InspectionSuite.Monitoring;

namespace InspectionSuite.Oversight.Overdue;

/// <summary>
/// Units' periodic KPI reports past their due date (issue 15; seed IV.1: quarterly, 6-monthly and annual reports to
/// Sở Nội vụ): one item per unit and period whose standing is <see cref="SubmissionStanding.Missing"/> — the one
/// timeliness rule (<see cref="SubmissionDeadline.Standing"/>) the dashboard and the API use. Periods before the plan's
/// year are not asked for (the plan starts then); a returned report is not missing: it has its own item once its
/// resubmission is late (<see cref="KpiResubmissionOverdueSource"/>). Not a case: Sở Nội vụ follows these up.
/// </summary>
public sealed class KpiReportOverdueSource(MonitoringFigures figures, InspectionSuiteLocalizer l) : IOverdueSource
{
    public async Task<IReadOnlyList<OverdueEntry>> GetAsync(DateOnly today, DateTime nowUtc, CancellationToken ct)
    {
        var options = figures.Options;
        var result = new List<OverdueEntry>();
        for (var year = options.PlanDueOn.Year; year <= today.Year; year++)
        {
            foreach (var period in MonitoringOptions.PeriodsOf(year))
            {
                var due = options.DueOn(period);
                if (due >= today) continue;
                var (register, byUnit) = await figures.PeriodAsync(period, ct);
                foreach (var unit in register)
                {
                    var report = byUnit.GetValueOrDefault(unit.Id);
                    if (SubmissionDeadline.Standing(due, report?.FirstSubmittedOn, report?.IsReturned ?? false, today) != SubmissionStanding.Missing) continue;
                    result.Add(new OverdueEntry(OverdueKinds.KpiReport, null, l["Mon2.Overdue.KpiReport", PeriodText(period)], l["Mon2.Overdue.Representative"], due)
                    {
                        UnitId = unit.Id,
                        Authority = AuthorityCode.NoiVu,
                        Href = $"/Monitoring?year={period.Year}&period={period}",
                    });
                }
            }
        }
        return result;
    }

    internal static string PeriodText(InspectionSuiteLocalizer l, KpiPeriod p)
        => p.Kind switch { 'Q' => l["Mon.PeriodQ", p.Number, p.Year], 'H' => l["Mon.PeriodH", p.Number, p.Year], _ => l["Mon.PeriodY", p.Year] };

    private string PeriodText(KpiPeriod p) => PeriodText(l, p);
}

/// <summary>
/// A unit's periodic report that Sở Nội vụ returned and the unit has not resubmitted by its resubmission due date
/// (<see cref="MonitoringFigures.ResubmitDueOn"/>: <c>Monitoring:ResubmitWorkingDays</c> working days after the return; the
/// seed gives no number). One item per returned report; it leaves the board when the unit resubmits (the report is then
/// submitted again, not returned).
/// </summary>
public sealed class KpiResubmissionOverdueSource(MonitoringFigures figures, InspectionSuiteLocalizer l) : IOverdueSource
{
    public async Task<IReadOnlyList<OverdueEntry>> GetAsync(DateOnly today, DateTime nowUtc, CancellationToken ct)
    {
        var result = new List<OverdueEntry>();
        foreach (var report in await figures.ReturnedAsync(ct))
        {
            if (report.ReturnedOn is not { } returnedOn || !KpiPeriod.TryParse(report.Period, out var period)) continue;
            var due = figures.ResubmitDueOn(returnedOn);
            if (due >= today) continue;
            result.Add(new OverdueEntry(OverdueKinds.KpiResubmission, null,
                l["Mon3.Overdue.KpiResubmission", KpiReportOverdueSource.PeriodText(l, period), VietnamTime.DateText(returnedOn)], l["Mon2.Overdue.Representative"], due)
            {
                UnitId = report.UnitId,
                Authority = AuthorityCode.NoiVu,
                Href = $"/Monitoring?year={period.Year}&period={period}",
            });
        }
        return result;
    }
}

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

/// <summary>
/// The văn bản kiến nghị of the head of the inspectorate (Luật Thanh tra 84/2025/QH15, Điều 52) not recorded by its due
/// date, and the Chủ tịch UBND tỉnh's direction on it (Điều 53) not recorded by its due date. The due dates and the
/// overdue rule are the case page's (<see cref="CaseDeadlineCalculator"/>: the definition's <c>RecommendationLetter</c>
/// and <c>Direction</c> limits); an item leaves the board once the record is made, late or not.
/// </summary>
public sealed class LawDeadlineOverdueSource(
    IRepository<InspectionCase> cases, IRepository<WorkflowInstance> instances, CaseDeadlineCalculator deadlines, InspectionSuiteLocalizer l) : IOverdueSource
{
    // The states in which the letter and the direction are recorded (InspectionCase.RecordRecommendationLetter / RecordDirection).
    private static readonly string[] States = [CaseStates.Published, CaseStates.Sanctioning, CaseStates.FollowUp];

    public async Task<IReadOnlyList<OverdueEntry>> GetAsync(DateOnly today, DateTime nowUtc, CancellationToken ct)
    {
        var pending = await cases.ToListAsync(cases.Query()
            .Where(c => c.Kind == CaseKind.Inspection && States.Contains(c.State) && c.WorkflowInstanceId != null
                && (c.RecommendationLetterDate == null || c.DirectionDate == null)), ct);
        if (pending.Count == 0) return [];
        var instanceIds = pending.Select(c => c.WorkflowInstanceId!.Value).Distinct().ToList();
        var definitions = (await instances.ToListAsync(instances.Query().Where(i => instanceIds.Contains(i.Id))
            .Select(i => new { i.Id, i.DefinitionId, i.DefinitionVersion }), ct)).ToDictionary(i => i.Id);
        var limits = new Dictionary<(string, int), CaseDeadlineCalculator.Limits>();
        var result = new List<OverdueEntry>();
        foreach (var c in pending)
        {
            if (!definitions.TryGetValue(c.WorkflowInstanceId!.Value, out var def)) continue;
            if (!limits.TryGetValue((def.DefinitionId, def.DefinitionVersion), out var limit))
                limits[(def.DefinitionId, def.DefinitionVersion)] = limit = await deadlines.GetLimitsAsync(def.DefinitionId, def.DefinitionVersion, ct);
            var d = deadlines.Compute(c, limit, today);
            if (c.RecommendationLetterDate is null && d.RecommendationLetterOverdue && d.RecommendationLetterDue is { } letterDue)
                result.Add(new OverdueEntry(OverdueKinds.RecommendationLetter, c.Id, l["Mon2.Overdue.RecommendationLetter"], l["Mon2.Overdue.HeadOfInspectorate"], letterDue));
            if (c.DirectionDate is null && d.DirectionOverdue && d.DirectionDue is { } directionDue)
                result.Add(new OverdueEntry(OverdueKinds.Direction, c.Id, l["Mon2.Overdue.Direction", c.RecommendationLetterNumber ?? ""], l["Mon2.Overdue.ProvinceChair"], directionDue));
        }
        return result;
    }
}
