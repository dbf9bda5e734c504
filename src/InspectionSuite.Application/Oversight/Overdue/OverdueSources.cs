namespace InspectionSuite.Oversight.Overdue;

/// <summary>
/// Sanctions and recommendations of conclusions past their deadline, neither done nor carried over (<see cref="Sanction.IsOverdue"/>):
/// one the unit reported done but the team has not confirmed (Reported) is not resolved, so it stays overdue.
/// </summary>
public sealed class SanctionOverdueSource(IRepository<Sanction> sanctions, InspectionSuiteLocalizer l) : IOverdueSource
{
    private static readonly SanctionType[] Recommendations = [SanctionType.CorrectiveRecommendation, SanctionType.AccountabilityProposal];

    public async Task<IReadOnlyList<OverdueEntry>> GetAsync(DateOnly today, DateTime nowUtc, CancellationToken ct)
    {
        var rows = await sanctions.ToListAsync(sanctions.Query()
            .Where(s => s.Deadline != null && s.Deadline < today && (s.Status == SanctionStatus.Issued || s.Status == SanctionStatus.InProgress || s.Status == SanctionStatus.Reported))
            .Select(s => new { s.CaseId, s.Type, s.Target, s.Responsible, s.Deadline }), ct);
        return rows.Select(s => new OverdueEntry(Recommendations.Contains(s.Type) ? OverdueKinds.Recommendation : OverdueKinds.Sanction, s.CaseId,
            $"{l["SanctionType." + s.Type]}: {s.Target}", s.Responsible, s.Deadline!.Value)).ToList();
    }
}

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

/// <summary>
/// Workflow deadlines (Luật Thanh tra 2022 Điều 47: time on site; results report; conclusion …, as the definitions date
/// them) that expired while the case is still in the state that set them: the timer fired (or is about to) and nobody
/// moved the case on.
/// </summary>
public sealed class DeadlineOverdueSource(IRepository<WorkflowBookmark> bookmarks, IRepository<WorkflowInstance> instances, InspectionSuiteLocalizer l) : IOverdueSource
{
    public async Task<IReadOnlyList<OverdueEntry>> GetAsync(DateOnly today, DateTime nowUtc, CancellationToken ct)
    {
        var rows = await bookmarks.ToListAsync(
            from b in bookmarks.Query()
            where b.Kind == BookmarkKind.Deadline && b.DueAtUtc < nowUtc && (b.Status == BookmarkStatus.Pending || b.Status == BookmarkStatus.Done)
            join i in instances.Query() on b.InstanceId equals i.Id
            where i.Status == WorkflowInstanceStatus.Running && i.State == b.State
            select new { i.CorrelationId, b.Name, b.DueAtUtc }, ct);
        var result = new List<OverdueEntry>();
        foreach (var r in rows)
        {
            if (!Guid.TryParse(r.CorrelationId, out var caseId)) continue;
            var key = "Notification.Deadline." + r.Name;
            var name = l.Get(key, CultureInfo.CurrentUICulture);
            result.Add(new OverdueEntry(OverdueKinds.Deadline, caseId, l["Overdue.Deadline", name == key ? r.Name : name], null, VietnamTime.DateOf(r.DueAtUtc)));
        }
        return result;
    }
}
