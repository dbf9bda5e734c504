namespace InspectionSuite.Inbox;

/// <summary>The inbox's filters as the counting compares them: the due filter as the index of its bucket in <see cref="InboxDue.All"/>.</summary>
internal sealed record InboxFilters(AuthorityCode? Authority, string? State, Guid? UnitId, int? Due);
