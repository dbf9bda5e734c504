namespace InspectionSuite.Workflows.Persistence;

/// <summary>Journal kinds.</summary>
public static class JournalKind
{
    public const string Started = "Started";
    public const string Transition = "Transition";
    public const string TaskOpened = "TaskOpened";
    public const string TaskCompleted = "TaskCompleted";
    public const string TaskReassigned = "TaskReassigned";
    public const string TaskSentBack = "TaskSentBack";
    public const string Escalation = "Escalation";
    public const string Migrated = "Migrated";
    public const string Cancelled = "Cancelled";
    public const string Retried = "Retried";
}
