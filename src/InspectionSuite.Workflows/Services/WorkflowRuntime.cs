namespace InspectionSuite.Workflows.Services;

/// <summary>
/// Default <see cref="IWorkflowRuntime"/>: start, fire, and the triggers an actor may fire, over persisted instances and
/// the compiled definition of their version (no state-machine library: see docs/architecture.md, "Workflow runtime").
/// </summary>
internal sealed class WorkflowRuntime(
    WorkflowInstanceStore store,
    WorkflowDefinitionService definitions,
    StateWork work,
    WorkflowComponents components,
    TransitionStep step) : IWorkflowRuntime
{
    public async Task<WorkflowInstanceInfo> StartAsync(string definitionId, string correlationId, WorkflowActor actor, string? inputJson = null, int? version = null, CancellationToken ct = default)
    {
        var started = Stopwatch.GetTimestamp();
        var def = version is { } v ? await definitions.GetPublishedAsync(definitionId, v, ct) : await definitions.GetLatestPublishedAsync(definitionId, ct);
        var variables = WorkflowText.ParseObject(inputJson);
        var missing = def.Model.Variables.Where(v => v.Value.Required && variables[v.Key] is null).Select(v => v.Key).ToList();
        if (missing.Count > 0)
            throw new InputValidationException(missing.ToDictionary(m => m, _ => new[] { InspectionSuiteErrorCodes.ValidationFailed }));
        var now = store.Now;
        var instance = new WorkflowInstance
        {
            Id = Guid.NewGuid(), DefinitionId = def.DefinitionId, DefinitionVersion = def.Version, CorrelationId = correlationId,
            State = def.Model.Initial, Status = WorkflowInstanceStatus.Running, Version = 1, CreatedAtUtc = now, UpdatedAtUtc = now,
        };
        var initial = def.States[def.Model.Initial];
        foreach (var name in initial.Entry)
            await components.RunActionAsync(name, new ActionContext(instance.Id, correlationId, def.DefinitionId, def.Version, initial.Name, ActionPhase.Entry, null, actor, null, variables), ct);
        if (initial.Final) instance.Status = WorkflowInstanceStatus.Finished;
        store.Db.Add(instance);
        store.Db.Add(new WorkflowInstanceData { InstanceId = instance.Id, VariablesJson = variables.ToJsonString() });
        if (!initial.Final) work.Create(instance, initial, now);
        store.AddJournal(instance, JournalKind.Started, actor, null, instance.State, null, inputJson, started);
        await store.SaveAsync(instance.Id, ct);
        return WorkflowInstanceStore.ToInfo(instance);
    }

    public async Task<FireResult> FireAsync(Guid instanceId, string trigger, WorkflowActor actor, string? payloadJson, int expectedVersion, CancellationToken ct = default)
    {
        var db = store.Db.Database;
        // One open connection for the whole step: EF otherwise opens and closes it around every query and the save.
        await db.OpenConnectionAsync(ct);
        try
        {
            var (instance, data) = await store.LoadWithVariablesAsync(instanceId, ct);
            if (instance.Version != expectedVersion) throw new ConcurrencyConflictException($"WorkflowInstance {instanceId}");
            var def = await definitions.GetPublishedAsync(instance.DefinitionId, instance.DefinitionVersion, ct);
            return await step.RunAsync(instance, def, trigger, actor, payloadJson, TransitionOptions.ByActor, ct, data);
        }
        finally
        {
            await db.CloseConnectionAsync();
        }
    }

    public async Task<IReadOnlyList<TriggerOption>> GetTriggersAsync(Guid instanceId, WorkflowActor actor, string? payloadJson = null, CancellationToken ct = default)
    {
        var (instance, data) = await store.ReadAsync(instanceId, ct);
        if (instance.Status != WorkflowInstanceStatus.Running) return [];
        var def = await definitions.GetPublishedAsync(instance.DefinitionId, instance.DefinitionVersion, ct);
        var variables = WorkflowText.ParseObject(data?.VariablesJson);
        var payload = WorkflowText.ParseNode(payloadJson);
        var result = new List<TriggerOption>();
        foreach (var t in def.Outgoing[instance.State])
        {
            if (!actor.HasPermission(t.Permission))
            {
                result.Add(new TriggerOption(t.Trigger, t.Name, t.To, t.Permission, false, InspectionSuiteErrorCodes.Forbidden, [t.Permission]));
                continue;
            }
            var refusal = await components.EvaluateGuardsAsync(instance, def, t, actor, payload, variables, ct);
            result.Add(new TriggerOption(t.Trigger, t.Name, t.To, t.Permission, refusal is null, refusal?.Code, refusal?.Args));
        }
        return result;
    }
}
