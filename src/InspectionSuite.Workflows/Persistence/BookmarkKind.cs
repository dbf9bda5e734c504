namespace InspectionSuite.Workflows.Persistence;

/// <summary>Bookmark kinds.</summary>
public static class BookmarkKind
{
    public const string Deadline = "Deadline";
}
