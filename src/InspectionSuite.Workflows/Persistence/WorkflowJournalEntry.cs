namespace InspectionSuite.Workflows.Persistence;

/// <summary>Append-only record of one step of an instance.</summary>
public class WorkflowJournalEntry
{
    public long Id { get; set; }
    public Guid InstanceId { get; set; }
    public int Sequence { get; set; }
    public DateTime OccurredAtUtc { get; set; }
    public string Kind { get; set; } = "";
    public string ActorId { get; set; } = "";
    public string? ActorName { get; set; }
    public string? FromState { get; set; }
    public string? ToState { get; set; }
    public string? Trigger { get; set; }
    public string? PayloadSummary { get; set; }
    /// <summary>Full payload JSON; large, never loaded by list queries.</summary>
    public string? PayloadJson { get; set; }
    public double DurationMs { get; set; }
}
