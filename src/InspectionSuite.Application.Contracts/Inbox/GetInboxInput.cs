namespace InspectionSuite.Inbox;

/// <summary>The inbox's filters (any combination), order and page.</summary>
public sealed record GetInboxInput : PagedAndSortedInput
{
    public AuthorityCode? Authority { get; init; }
    /// <summary>The case's state (<see cref="CaseStates"/>).</summary>
    public string? State { get; init; }
    /// <summary>One of <see cref="InboxDue"/>.</summary>
    public string? Due { get; init; }
    public Guid? UnitId { get; init; }
}
