using InspectionSuite.Monitoring;

namespace InspectionSuite.Oversight.Overdue;

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
