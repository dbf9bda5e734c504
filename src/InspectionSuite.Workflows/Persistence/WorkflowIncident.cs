namespace InspectionSuite.Workflows.Persistence;

/// <summary>An action threw: the step was rolled back and waits for a retry.</summary>
public class WorkflowIncident
{
    public Guid Id { get; set; }
    public Guid InstanceId { get; set; }
    /// <summary>"Transition" (retry re-fires <see cref="Trigger"/>) or "Timer" (retry re-arms <see cref="BookmarkId"/>).</summary>
    public string Kind { get; set; } = "Transition";
    public string? Trigger { get; set; }
    public string? FromState { get; set; }
    public Guid? BookmarkId { get; set; }
    public string? ActionName { get; set; }
    public string ErrorType { get; set; } = "";
    public string Message { get; set; } = "";
    public string? PayloadJson { get; set; }
    public string ActorId { get; set; } = "";
    public int Attempts { get; set; }
    public string Status { get; set; } = IncidentStatus.Open;
    public DateTime OccurredAtUtc { get; set; }
    public DateTime? ResolvedAtUtc { get; set; }
}
