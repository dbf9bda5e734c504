namespace InspectionSuite.Inbox;

/// <summary>When an inbox task is due, relative to today in Vietnam (docs/team-work.md, "Inbox filters").</summary>
public static class InboxDue
{
    /// <summary>Past its due time.</summary>
    public const string Overdue = "overdue";
    /// <summary>Not overdue, due before the end of this week (Sunday, Vietnam time).</summary>
    public const string ThisWeek = "week";
    /// <summary>Due after this week.</summary>
    public const string Later = "later";
    public static readonly IReadOnlyList<string> All = [Overdue, ThisWeek, Later];
}

/// <summary>The inbox's orders: due date (default, soonest first), case code, case state.</summary>
public static class InboxSorting
{
    public const string Due = "due";
    public const string Code = "code";
    public const string State = "state";
    public static readonly IReadOnlyList<string> All = [Due, Code, State];
}

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

/// <summary>Bounds of the inbox's unit search.</summary>
public static class InboxUnitSearch
{
    /// <summary>A unit's longest name: a longer text matches no unit.</summary>
    public const int MaxFilterLength = Organization.UnitConsts.MaxNameLength;
    public const int DefaultTake = 15;
    public const int MaxTake = 50;
}

/// <summary>One value of a filter with how many of the inbox's tasks have it, the other filters applied.</summary>
public sealed record InboxFacetDto(string Value, string? Label, int Count);

/// <summary>
/// A page of the inbox with a count per value of each filter. Each filter's counts apply every other filter but not
/// itself (choosing another value of it gives that many rows), so the chosen value's count is the total.
/// <see cref="Units"/> holds only the units with most tasks (InboxOptions.TopUnits, most first) and the chosen unit;
/// <see cref="UnitCount"/> says how many units have tasks; <see cref="IInboxAppService.FindUnitsAsync"/> finds the others.
/// </summary>
public sealed record InboxPageDto(
    IReadOnlyList<InboxItemDto> Items, int TotalCount,
    IReadOnlyList<InboxFacetDto> Authorities, IReadOnlyList<InboxFacetDto> States,
    IReadOnlyList<InboxFacetDto> Due, IReadOnlyList<InboxFacetDto> Units, int UnitCount);

/// <summary>"Việc của tôi" filtered, sorted and counted in SQL.</summary>
public interface IInboxAppService
{
    Task<InboxPageDto> GetAsync(GetInboxInput input, CancellationToken ct = default);

    /// <summary>The units of the caller's tasks matching the search, with their counts (the page's unit search).</summary>
    Task<IReadOnlyList<InboxFacetDto>> FindUnitsAsync(FindInboxUnitsInput input, CancellationToken ct = default);
}
