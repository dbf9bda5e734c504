namespace InspectionSuite.Workflows.Definitions;

/// <summary>What happens when a deadline expires: run escalation actions (and flag overdue, notify) or fire a trigger.</summary>
public sealed class EscalationModel
{
    public List<string>? Actions { get; set; }
    public List<string>? Notify { get; set; }
    public string? Trigger { get; set; }
}
