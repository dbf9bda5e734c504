namespace InspectionSuite.Workflows.Persistence;

/// <summary>Bookmark status. A due bookmark moves Pending → Done exactly once (conditional update).</summary>
public static class BookmarkStatus
{
    public const string Pending = "Pending";
    public const string Done = "Done";
    public const string Cancelled = "Cancelled";
    public const string Faulted = "Faulted";
}
