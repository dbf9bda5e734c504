namespace InspectionSuite.Workflows.Persistence;

/// <summary>A running (or ended) workflow, pinned to the definition version it started on.</summary>
public class WorkflowInstance
{
    public Guid Id { get; set; }
    public string DefinitionId { get; set; } = "";
    public int DefinitionVersion { get; set; }
    public string CorrelationId { get; set; } = "";
    public string State { get; set; } = "";
    public string Status { get; set; } = WorkflowInstanceStatus.Running;
    /// <summary>Concurrency token; incremented by every journaled change. The journal sequence equals it.</summary>
    public int Version { get; set; }
    public DateTime CreatedAtUtc { get; set; }
    public DateTime UpdatedAtUtc { get; set; }
}
