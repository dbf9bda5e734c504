namespace InspectionSuite.Workflows.Definitions;

/// <summary>The JSON definition of a workflow (see workflows/README.md).</summary>
public sealed class WorkflowDefinitionModel
{
    public string DefinitionId { get; set; } = "";
    public int Version { get; set; }
    public LocalizedText Name { get; set; } = new();
    public string? Description { get; set; }
    public Dictionary<string, VariableModel> Variables { get; set; } = new();
    /// <summary>Time limits of the procedure (name → days, kind, article); see <see cref="LimitModel"/>.</summary>
    public Dictionary<string, LimitModel> Limits { get; set; } = new();
    public string Initial { get; set; } = "";
    public List<StateModel> States { get; set; } = [];
    public List<TransitionModel> Transitions { get; set; } = [];

    internal static readonly JsonSerializerOptions JsonOptions = new()
    {
        PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
        PropertyNameCaseInsensitive = false,
        ReadCommentHandling = JsonCommentHandling.Skip,
    };
}
