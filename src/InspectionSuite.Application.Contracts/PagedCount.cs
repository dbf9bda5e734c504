namespace InspectionSuite;

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
