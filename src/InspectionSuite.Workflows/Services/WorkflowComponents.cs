namespace InspectionSuite.Workflows.Services;

/// <summary>Runs the guards and actions a definition names, resolved from the scope by name (see <see cref="WorkflowComponentRegistry"/>).</summary>
internal sealed class WorkflowComponents(IServiceProvider services)
{
    /// <summary>The transition's guards in order; the first refusal, or null when all pass.</summary>
    public async Task<GuardResult?> EvaluateGuardsAsync(WorkflowInstance instance, CompiledDefinition def, TransitionModel t, WorkflowActor actor, JsonNode? payload, JsonObject variables, CancellationToken ct)
    {
        foreach (var g in t.Guards)
        {
            var guard = services.GetRequiredKeyedService<IWorkflowGuard>(g.Name);
            var result = await guard.CheckAsync(new GuardContext(instance.Id, instance.CorrelationId, def.DefinitionId, def.Version, t.Name, t.Trigger, instance.State, t.To, actor, payload, variables, GuardParameters.From(g)), ct);
            if (!result.Passed) return result;
        }
        return null;
    }

    public async Task RunActionAsync(string name, ActionContext context, CancellationToken ct)
        => await services.GetRequiredKeyedService<IWorkflowAction>(name).ExecuteAsync(context, ct);
}
