namespace InspectionSuite.Workflows.Definitions;

/// <summary>A validated definition with lookups the runtime needs on each step. Immutable once published.</summary>
public sealed class CompiledDefinition
{
    public WorkflowDefinitionModel Model { get; }
    public string Json { get; }
    public IReadOnlyDictionary<string, StateModel> States { get; }
    /// <summary>Outgoing transitions per state, in file order.</summary>
    public IReadOnlyDictionary<string, IReadOnlyList<TransitionModel>> Outgoing { get; }

    public string DefinitionId => Model.DefinitionId;
    public int Version => Model.Version;

    public CompiledDefinition(WorkflowDefinitionModel model, string json)
    {
        Model = model;
        Json = json;
        States = model.States.ToDictionary(s => s.Name, StringComparer.Ordinal);
        Outgoing = model.States.ToDictionary(
            s => s.Name,
            s => (IReadOnlyList<TransitionModel>)model.Transitions.Where(t => t.From.Contains(s.Name, StringComparer.Ordinal)).ToList(),
            StringComparer.Ordinal);
    }

    public TransitionModel? FindTransition(string state, string trigger)
        => Outgoing.TryGetValue(state, out var list) ? list.FirstOrDefault(t => t.Trigger == trigger) : null;
}
