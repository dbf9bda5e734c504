namespace InspectionSuite.Workflows.Definitions;

/// <summary>A timer armed on state entry, cancelled on exit.</summary>
public sealed class DeadlineModel
{
    public string Name { get; set; } = "";
    public DurationModel Duration { get; set; } = new();
    public EscalationModel Escalation { get; set; } = new();
}
