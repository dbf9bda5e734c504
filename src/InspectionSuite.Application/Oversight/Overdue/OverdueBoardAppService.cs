namespace InspectionSuite.Oversight.Overdue;

/// <summary>
/// The overdue board's items besides tasks, from every <see cref="IOverdueSource"/>. Same permission as the task board
/// (the supervisor's). Past-due items are few (each is a failure someone follows up), so the sources' items are merged
/// and paged in memory.
/// </summary>
public sealed class OverdueBoardAppService(IEnumerable<IOverdueSource> sources, IPermissionChecker permissions, IRepository<InspectionCase> cases,
    IRepository<Unit> units, TimeProvider time) : IOverdueBoardAppService
{
    public async Task<OverdueBoardPage> GetEntriesAsync(GetOverdueEntriesInput input, CancellationToken ct = default)
    {
        await permissions.CheckAsync(InspectionSuitePermissions.Tasks.Reassign, ct);
        var now = time.GetUtcNow().UtcDateTime;
        var today = VietnamTime.Today(time);
        var entries = new List<OverdueEntry>();
        foreach (var source in sources) entries.AddRange(await source.GetAsync(today, now, ct));

        var caseIds = entries.Where(e => e.CaseId is not null).Select(e => e.CaseId!.Value).Distinct().ToList();
        var info = caseIds.Count == 0 ? [] : (await cases.ToListAsync(
            from c in cases.Query().Where(c => caseIds.Contains(c.Id))
            join u in units.QueryIncludingDeleted() on c.UnitId equals u.Id
            select new { c.Id, c.Code, c.Subject, c.Authority, UnitName = u.Name }, ct)).ToDictionary(c => c.Id);
        // Items outside any case (a unit's KPI report) name their unit and the authority that follows them up.
        var unitIds = entries.Where(e => e.CaseId is null && e.UnitId is not null).Select(e => e.UnitId!.Value).Distinct().ToList();
        var unitNames = unitIds.Count == 0 ? [] : (await units.ToListAsync(units.QueryIncludingDeleted().Where(u => unitIds.Contains(u.Id))
            .Select(u => new { u.Id, u.Name }), ct)).ToDictionary(u => u.Id, u => u.Name);
        var rows = new List<Row>();
        foreach (var e in entries)
        {
            // Items of deleted cases (not in the query) are dropped.
            if (e.CaseId is { } caseId)
            {
                if (info.TryGetValue(caseId, out var c)) rows.Add(new Row(e, c.Code, c.Subject, c.Authority, c.UnitName));
            }
            else if (e.UnitId is { } unitId && e.Authority is { } authority && unitNames.TryGetValue(unitId, out var name))
                rows.Add(new Row(e, null, null, authority, name));
        }
        // The authority filter applies to every count.
        var visible = rows.Where(r => input.Authority is null || r.Authority == input.Authority).ToList();
        var counts = visible.GroupBy(r => r.Entry.Kind).ToDictionary(g => g.Key, g => g.Count());
        var filtered = visible.Where(r => input.Kind is null || r.Entry.Kind == input.Kind)
            .OrderBy(r => r.Entry.DueDate).ThenBy(r => r.Code ?? "", StringComparer.Ordinal).ThenBy(r => r.UnitName, StringComparer.Ordinal)
            .ThenBy(r => r.Entry.What, StringComparer.Ordinal).ToList();
        var page = filtered.Skip(input.Skip).Take(input.Take).Select(r =>
            new OverdueEntryDto(r.Entry.Kind, r.Entry.CaseId, r.Code, r.Subject, r.Authority, r.UnitName, r.Entry.What, r.Entry.Who, r.Entry.DueDate,
                Math.Max(1, today.DayNumber - r.Entry.DueDate.DayNumber)) { Href = r.Entry.Href }).ToList();
        return new OverdueBoardPage(page, filtered.Count, counts);
    }

    private sealed record Row(OverdueEntry Entry, string? Code, string? Subject, AuthorityCode Authority, string UnitName);
}
