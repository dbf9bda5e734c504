namespace InspectionSuite.Workflows.Contracts;

/// <summary>A page of items with the total count before paging; <paramref name="TotalCountIsLowerBound"/> when counting stopped at the caller's limit.</summary>
public sealed record PagedResult<T>(int TotalCount, IReadOnlyList<T> Items, bool TotalCountIsLowerBound = false);
