namespace InspectionSuite.Workflows.Persistence;

/// <summary>Work waiting for a person (a user, or anyone holding a role) in the instance's current state.</summary>
public class WorkflowHumanTask
{
    public Guid Id { get; set; }
    public Guid InstanceId { get; set; }
    public string CorrelationId { get; set; } = "";
    public string Name { get; set; } = "";
    public string State { get; set; } = "";
    public string? AssigneeRole { get; set; }
    public string? AssigneeUserId { get; set; }
    public DateTime DueAtUtc { get; set; }
    public bool IsOverdue { get; set; }
    public string Status { get; set; } = HumanTaskStatus.Open;
    /// <summary>The task this one replaced (reassignment or send-back).</summary>
    public Guid? PreviousTaskId { get; set; }
    public string? PreviousAssigneeUserId { get; set; }
    public string? SendBackReason { get; set; }
    public string? CompletedBy { get; set; }
    public DateTime? CompletedAtUtc { get; set; }
    public string? Outcome { get; set; }
    public DateTime CreatedAtUtc { get; set; }
    public int Version { get; set; }
}
