namespace InspectionSuite.Inbox;

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
