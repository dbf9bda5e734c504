namespace InspectionSuite.Inbox;

/// <summary>The counts of each facet value under the other filters, and the total under all of them.</summary>
internal sealed record InboxCounts(
    IReadOnlyDictionary<AuthorityCode, int> ByAuthority, IReadOnlyDictionary<string, int> ByState, int[] ByDue,
    IReadOnlyDictionary<Guid, int> ByUnit, IReadOnlyList<KeyValuePair<Guid, int>> UnitsByCount, int Total);
