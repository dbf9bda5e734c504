namespace InspectionSuite.Workflows.Persistence;

/// <summary>Instance status.</summary>
public static class WorkflowInstanceStatus
{
    public const string Running = "Running";
    public const string Finished = "Finished";
    public const string Cancelled = "Cancelled";
}
