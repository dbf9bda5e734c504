namespace InspectionSuite.Workflows.Definitions;

/// <summary>A state.</summary>
public sealed class StateModel
{
    public string Name { get; set; } = "";
    public LocalizedText Labels { get; set; } = new();
    public bool Final { get; set; }
    public List<string> Entry { get; set; } = [];
    public List<string> Exit { get; set; } = [];
    public List<HumanTaskModel> HumanTasks { get; set; } = [];
    public List<DeadlineModel> Deadlines { get; set; } = [];
}
