using InspectionSuite.Cases;
using InspectionSuite.Organization;
using InspectionSuite.Permissions;

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

        var caseIds = entries.Select(e => e.CaseId).Distinct().ToList();
        var info = caseIds.Count == 0 ? [] : (await cases.ToListAsync(
            from c in cases.Query().Where(c => caseIds.Contains(c.Id))
            join u in units.QueryIncludingDeleted() on c.UnitId equals u.Id
            select new { c.Id, c.Code, c.Subject, c.Authority, UnitName = u.Name }, ct)).ToDictionary(c => c.Id);
        // Items of deleted cases (not in the query) are dropped; the authority filter applies to every count.
        var visible = entries.Where(e => info.ContainsKey(e.CaseId) && (input.Authority is null || info[e.CaseId].Authority == input.Authority)).ToList();
        var counts = visible.GroupBy(e => e.Kind).ToDictionary(g => g.Key, g => g.Count());
        var filtered = visible.Where(e => input.Kind is null || e.Kind == input.Kind)
            .OrderBy(e => e.DueDate).ThenBy(e => info[e.CaseId].Code, StringComparer.Ordinal).ThenBy(e => e.What, StringComparer.Ordinal).ToList();
        var page = filtered.Skip(input.Skip).Take(input.Take).Select(e =>
        {
            var c = info[e.CaseId];
            return new OverdueEntryDto(e.Kind, e.CaseId, c.Code, c.Subject, c.Authority, c.UnitName, e.What, e.Who, e.DueDate, Math.Max(1, today.DayNumber - e.DueDate.DayNumber));
        }).ToList();
        return new OverdueBoardPage(page, filtered.Count, counts);
    }
}
