using System.Collections.Concurrent;
using InspectionSuite.Organization;

namespace InspectionSuite.Inbox;

/// <summary>
/// The caller's open tasks counted per (authority, case state, unit, due time), the units of those tasks, and the facet
/// counts already worked out from them. Counting walks every group (~7,300 for the load persona); the same filters give
/// the same counts until a group's due bucket moves, so paging an inbox, or coming back to it, counts nothing again.
/// </summary>
internal sealed class InboxFacts(IReadOnlyList<InboxGroup> groups, IReadOnlyDictionary<Guid, InboxUnit> units)
{
    /// <summary>Above this many filter combinations counted, the kept counts are dropped (a user tries a few at a time).</summary>
    private const int MaxCounted = 16;

    /// <summary>Each distinct due time of the groups, ascending: where "now" falls among them decides every overdue bucket.</summary>
    private readonly DateTime[] dueTimes = groups.Select(g => g.DueAtUtc).Distinct().Order().ToArray();
    private readonly ConcurrentDictionary<CountKey, InboxCounts> counted = new();

    public IReadOnlyList<InboxGroup> Groups => groups;
    public IReadOnlyDictionary<Guid, InboxUnit> Units => units;

    /// <summary>
    /// The counts of each facet under the other filters. Kept per filters, end of week and the number of due times
    /// before <paramref name="now"/>: two instants with as many due times before them put every group in the same bucket
    /// (<see cref="DueBucket"/> compares a due time with now and the week's end, nothing else).
    /// </summary>
    public InboxCounts Count(InboxFilters filters, DateTime now, DateTime weekEnd)
    {
        var passed = Array.BinarySearch(dueTimes, now);
        var key = new CountKey(filters, passed >= 0 ? passed : ~passed, weekEnd);
        if (counted.TryGetValue(key, out var kept)) return kept;
        var counts = CountAfresh(filters, now, weekEnd);
        if (counted.Count >= MaxCounted) counted.Clear();
        counted[key] = counts;
        return counts;
    }

    /// <summary>The due bucket of a due time, as the index of <see cref="InboxDue.All"/>: overdue, this week, later.</summary>
    internal static int DueBucket(DateTime dueAtUtc, DateTime now, DateTime weekEnd) => dueAtUtc < now ? 0 : dueAtUtc < weekEnd ? 1 : 2;

    /// <summary>Each facet counted over the groups that pass every filter but its own (what choosing one of its values would give).</summary>
    private InboxCounts CountAfresh(InboxFilters filters, DateTime now, DateTime weekEnd)
    {
        var byAuthority = new Dictionary<AuthorityCode, int>();
        var byState = new Dictionary<string, int>();
        var byUnit = new Dictionary<Guid, int>();
        var byDue = new int[InboxDue.All.Count];
        var total = 0;
        foreach (var g in groups)
        {
            var dueBucket = DueBucket(g.DueAtUtc, now, weekEnd);
            var authority = filters.Authority is not { } a || g.Authority == a;
            var state = filters.State is not { } s || g.CaseState == s;
            var unit = filters.UnitId is not { } u || g.UnitId == u;
            var dueMatches = filters.Due is not { } chosen || dueBucket == chosen;
            if (state && unit && dueMatches) byAuthority[g.Authority] = byAuthority.GetValueOrDefault(g.Authority) + g.Count;
            if (authority && unit && dueMatches) byState[g.CaseState] = byState.GetValueOrDefault(g.CaseState) + g.Count;
            if (authority && state && dueMatches) byUnit[g.UnitId] = byUnit.GetValueOrDefault(g.UnitId) + g.Count;
            if (authority && state && unit) byDue[dueBucket] += g.Count;
            if (authority && state && unit && dueMatches) total += g.Count;
        }
        // Most tasks first, then by name: the order of the page's top list and of the search's results.
        var unitsByCount = byUnit.OrderByDescending(u => u.Value)
            .ThenBy(u => units.TryGetValue(u.Key, out var unit) ? unit.Name : "", StringComparer.Ordinal).ThenBy(u => u.Key)
            .ToList();
        return new InboxCounts(byAuthority, byState, byDue, byUnit, unitsByCount, total);
    }

    /// <summary>The units with tasks under the other filters whose name or code contains the search, most tasks first.</summary>
    public IEnumerable<KeyValuePair<Guid, int>> FindUnits(InboxCounts counts, string search)
    {
        var folded = SearchText.Fold(search.Trim());
        return counts.UnitsByCount.Where(u => units.TryGetValue(u.Key, out var unit)
            && (SearchText.Matches(unit.FoldedName, folded) || SearchText.Matches(unit.FoldedCode, folded)));
    }

    private sealed record CountKey(InboxFilters Filters, int DueTimesPassed, DateTime WeekEnd);
}
