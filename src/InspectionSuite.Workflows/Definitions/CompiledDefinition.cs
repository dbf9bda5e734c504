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
        ResolveLimits(model);
        Model = model;
        Json = json;
        States = model.States.ToDictionary(s => s.Name, StringComparer.Ordinal);
        Outgoing = model.States.ToDictionary(
            s => s.Name,
            s => (IReadOnlyList<TransitionModel>)model.Transitions.Where(t => t.From.Contains(s.Name, StringComparer.Ordinal)).ToList(),
            StringComparer.Ordinal);
    }

    /// <summary>A time limit of the definition by name (null when this version has none of that name).</summary>
    public LimitModel? Limit(string name) => Model.Limits.TryGetValue(name, out var l) ? l : null;

    /// <summary>
    /// Durations and guards naming a limit take its days and kind (and a guard its count and article, unless given
    /// inline): the number lives once, in <c>$.limits</c>, beside its article. The validator has checked the names.
    /// </summary>
    private static void ResolveLimits(WorkflowDefinitionModel model)
    {
        void Resolve(DurationModel d)
        {
            if (d.Limit is { } name && model.Limits.TryGetValue(name, out var l)) { d.Days = l.Days; d.Kind = l.Kind; }
        }
        foreach (var s in model.States)
        {
            foreach (var h in s.HumanTasks) Resolve(h.Due);
            foreach (var d in s.Deadlines) Resolve(d.Duration);
        }
        foreach (var g in model.Transitions.SelectMany(t => t.Guards))
            if (g.Limit is { } name && model.Limits.TryGetValue(name, out var l))
            {
                g.Days ??= l.Days;
                g.Kind ??= l.Kind;
                g.Times ??= l.Times;
                g.Article ??= l.Article;
            }
    }

    public TransitionModel? FindTransition(string state, string trigger)
        => Outgoing.TryGetValue(state, out var list) ? list.FirstOrDefault(t => t.Trigger == trigger) : null;
}
