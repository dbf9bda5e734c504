namespace InspectionSuite.Oversight.Overdue;

/// <summary>Document requests the unit has not answered (or answered again after a return) by their due date (<see cref="DocumentRequest.IsOverdue"/>).</summary>
public sealed class UnitReportOverdueSource(IRepository<DocumentRequest> requests, InspectionSuiteLocalizer l) : IOverdueSource
{
    public async Task<IReadOnlyList<OverdueEntry>> GetAsync(DateOnly today, DateTime nowUtc, CancellationToken ct)
    {
        var rows = await requests.ToListAsync(requests.Query()
            .Where(r => r.DueDate != null && r.DueDate < today && (r.Status == DocumentRequestStatus.Open || r.Status == DocumentRequestStatus.Returned))
            .Select(r => new { r.CaseId, r.Title, r.DueDate }), ct);
        return rows.Select(r => new OverdueEntry(OverdueKinds.UnitReport, r.CaseId, l["Overdue.UnitReport", r.Title], l["Overdue.TheUnit"], r.DueDate!.Value)).ToList();
    }
}
