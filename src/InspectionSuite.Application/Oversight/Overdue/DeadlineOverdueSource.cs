namespace InspectionSuite.Oversight.Overdue;

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
