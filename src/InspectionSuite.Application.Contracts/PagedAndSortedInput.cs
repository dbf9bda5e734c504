namespace InspectionSuite;

/// <summary>Paging and sorting for list inputs (ABP's PagedAndSortedResultRequestDto).</summary>
public abstract record PagedAndSortedInput
{
    public const int MaxPageSize = 200;
    public int SkipCount { get; init; }
    public int MaxResultCount { get; init; } = 20;
    public string? Sorting { get; init; }

    public int Skip => BoundSkip(SkipCount);
    public int Take => BoundTake(MaxResultCount);

    /// <summary>The bounds of every list's paging (inputs that are not a <see cref="PagedAndSortedInput"/> use them too).</summary>
    public static int BoundSkip(int skip) => Math.Max(0, skip);
    public static int BoundTake(int take) => Math.Clamp(take, 1, MaxPageSize);
}
