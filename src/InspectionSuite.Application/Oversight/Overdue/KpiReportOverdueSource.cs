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
