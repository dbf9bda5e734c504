namespace InspectionSuite;

/// <summary>
/// One page of a list plus the total count of matching rows. When <paramref name="TotalCountIsLowerBound"/> is set, counting
/// stopped a few pages past this one (<see cref="PagedCount"/>): there are more than <paramref name="TotalCount"/> rows.
/// </summary>
public sealed record PagedResultDto<T>(IReadOnlyList<T> Items, int TotalCount, bool TotalCountIsLowerBound = false);

/// <summary>
/// Counting "up to a few pages ahead" for lists whose rows are checked one by one for visibility (cases, inbox): an
/// inspector on thousands of cases would otherwise pay for counting all of them on every page, while the page itself
/// needs only the first rows in index order. The count covers <see cref="PagesAhead"/> pages past the current one.
/// </summary>
public static class PagedCount
{
    public const int PagesAhead = 5;

    /// <summary>How many rows to count at most: one more than the rows up to <see cref="PagesAhead"/> pages past this page.</summary>
    public static int Limit(int skip, int take) => (int)Math.Min(int.MaxValue, (long)skip + (long)take * (PagesAhead + 1) + 1); // a deep skip must not wrap negative

    /// <summary>The page with its count; a count that reached <paramref name="limit"/> is reported as "more than limit − 1".</summary>
    public static PagedResultDto<T> Result<T>(IReadOnlyList<T> items, int counted, int limit)
        => counted >= limit ? new PagedResultDto<T>(items, limit - 1, true) : new PagedResultDto<T>(items, counted);
}

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
