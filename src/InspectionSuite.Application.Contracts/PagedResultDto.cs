namespace InspectionSuite;

/// <summary>
/// One page of a list plus the total count of matching rows. When <paramref name="TotalCountIsLowerBound"/> is set, counting
/// stopped a few pages past this one (<see cref="PagedCount"/>): there are more than <paramref name="TotalCount"/> rows.
/// </summary>
public sealed record PagedResultDto<T>(IReadOnlyList<T> Items, int TotalCount, bool TotalCountIsLowerBound = false);
