namespace InspectionSuite;

/// <summary>
/// A number that grows whenever this process commits a change to the database (every EF save and EF transaction, through
/// <c>CommittedChangesInterceptor</c> in the save pipeline). A read model cached in memory remembers the number it was
/// read at and is read again once the number has moved, so a change made by this process shows at once. Another process
/// on the same database is not seen: such caches also expire after a short time (the inbox's facet counts: InboxFacetCache).
/// </summary>
public static class CommittedChanges
{
    private static long version;

    public static long Version => Interlocked.Read(ref version);

    public static void Bump() => Interlocked.Increment(ref version);
}
