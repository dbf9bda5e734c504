namespace InspectionSuite.Workflows.Persistence;

/// <summary>A durable wait: a deadline timer of the instance's current state.</summary>
public class WorkflowBookmark
{
    public Guid Id { get; set; }
    public Guid InstanceId { get; set; }
    public string Kind { get; set; } = BookmarkKind.Deadline;
    public string Name { get; set; } = "";
    public string State { get; set; } = "";
    public DateTime DueAtUtc { get; set; }
    public string Status { get; set; } = BookmarkStatus.Pending;
    public string? ProcessedBy { get; set; }
    public DateTime? ProcessedAtUtc { get; set; }
    public DateTime CreatedAtUtc { get; set; }
}
