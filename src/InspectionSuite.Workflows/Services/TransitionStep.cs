namespace InspectionSuite.Workflows.Services;

/// <summary>
/// One transition of a loaded instance: permission, guards, the exit actions of the state left, the new state, the
/// entry actions of the state entered (a self-transition leaves and re-enters), the states' tasks and deadlines, then
/// one commit with the journal row. Shared by fire, incident retry and deadline escalation.
/// </summary>
internal sealed class TransitionStep(WorkflowInstanceStore store, StateWork work, WorkflowComponents components)
{
    public async Task<FireResult> RunAsync(WorkflowInstance instance, CompiledDefinition def, string trigger, WorkflowActor actor, string? payloadJson,
        TransitionOptions options, CancellationToken ct, (WorkflowInstanceData Record, JsonObject Variables)? loaded = null)
    {
        var started = Stopwatch.GetTimestamp();
        if (instance.Status != WorkflowInstanceStatus.Running) throw new BusinessException(WorkflowErrorCodes.InstanceNotRunning, instance.Id, instance.Status);
        var from = instance.State;
        var transition = def.FindTransition(from, trigger) ?? throw new BusinessException(WorkflowErrorCodes.TriggerNotPermitted, trigger, from);
        if (options.CheckPermission && !actor.HasPermission(transition.Permission)) throw new ForbiddenException(transition.Permission!);

        var data = loaded ?? await store.LoadVariablesAsync(instance.Id, ct);
        var payload = WorkflowText.ParseNode(payloadJson);
        var refusal = await components.EvaluateGuardsAsync(instance, def, transition, actor, payload, data.Variables, ct);
        if (refusal is { } r) throw new BusinessException(r.Code ?? WorkflowErrorCodes.GuardRefused, r.Args ?? []);

        var leaving = def.States[from];
        var entering = def.States[transition.To];
        string? runningAction = null;
        try
        {
            foreach (var name in leaving.Exit)
            {
                runningAction = name;
                await components.RunActionAsync(name, new ActionContext(instance.Id, instance.CorrelationId, def.DefinitionId, def.Version, leaving.Name, ActionPhase.Exit, trigger, actor, payload, data.Variables), ct);
            }
            runningAction = null;
            instance.State = entering.Name;
            foreach (var name in entering.Entry)
            {
                runningAction = name;
                await components.RunActionAsync(name, new ActionContext(instance.Id, instance.CorrelationId, def.DefinitionId, def.Version, entering.Name, ActionPhase.Entry, trigger, actor, payload, data.Variables), ct);
            }
            runningAction = null;
            await work.CloseAsync(instance.Id, ct, leaving);
            if (entering.Final) instance.Status = WorkflowInstanceStatus.Finished;
            else work.Create(instance, entering, store.Now);
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            if (options.OnActionFailure == ActionFailure.FailCallersStep) throw new StepFailedException(runningAction, ex);
            var incidentId = await store.RecordIncidentAsync(instance.Id, from, trigger, runningAction, ex, payloadJson, actor, options.Resolving?.Id, ct);
            throw new WorkflowActionFailedException(incidentId, runningAction, ex);
        }

        data.Record.VariablesJson = data.Variables.ToJsonString();
        var expectedVersion = instance.Version;
        instance.Version++;
        instance.UpdatedAtUtc = store.Now;
        var entry = store.NewJournalEntry(instance, options.JournalKind, actor, from, instance.State, trigger, payloadJson, started);
        if (options.Resolving is { } resolving)
        {
            resolving.Status = IncidentStatus.Resolved;
            resolving.ResolvedAtUtc = store.Now;
        }
        await store.CommitTransitionAsync(instance, expectedVersion, entry, ct, data.Record);
        return new FireResult(instance.Id, from, instance.State, trigger, instance.Version);
    }
}
