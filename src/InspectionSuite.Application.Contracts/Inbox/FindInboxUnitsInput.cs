namespace InspectionSuite.Inbox;

/// <summary>
/// The inbox's unit search: the units of the caller's tasks whose name or code contains <see cref="Filter"/> (letter case
/// and Vietnamese marks ignored), with their counts under the other filters, most tasks first.
/// </summary>
public sealed record FindInboxUnitsInput
{
    public string? Filter { get; init; }
    public AuthorityCode? Authority { get; init; }
    public string? State { get; init; }
    public string? Due { get; init; }
    public int MaxResultCount { get; init; } = InboxUnitSearch.DefaultTake;
}
