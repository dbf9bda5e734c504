namespace InspectionSuite.Workflows.Persistence;

/// <summary>Human task status.</summary>
public static class HumanTaskStatus
{
    public const string Open = "Open";
    public const string Completed = "Completed";
    public const string SentBack = "SentBack";
    public const string Reassigned = "Reassigned";
    public const string Cancelled = "Cancelled";
}
