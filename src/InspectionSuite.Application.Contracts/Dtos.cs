namespace InspectionSuite;

/// <summary>One page of a list plus the total count of matching rows.</summary>
public sealed record PagedResultDto<T>(IReadOnlyList<T> Items, int TotalCount);

/// <summary>Paging and sorting for list inputs (ABP's PagedAndSortedResultRequestDto).</summary>
public abstract record PagedAndSortedInput
{
    public const int MaxPageSize = 200;
    public int SkipCount { get; init; }
    public int MaxResultCount { get; init; } = 20;
    public string? Sorting { get; init; }

    public int Skip => Math.Max(0, SkipCount);
    public int Take => Math.Clamp(MaxResultCount, 1, MaxPageSize);
}
