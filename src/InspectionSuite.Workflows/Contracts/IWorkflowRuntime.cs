namespace InspectionSuite.Workflows.Contracts;

/// <summary>
/// The runtime proper (scoped, over the caller's DbContext): start an instance, fire a trigger, and say which triggers
/// the actor may fire now. Human tasks, the inbox, alterations and read queries are their own services
/// (<see cref="IHumanTaskService"/>, <see cref="IWorkflowInbox"/>, <see cref="IWorkflowAlterationService"/>,
/// <see cref="IWorkflowInstanceQueries"/>). Every method that changes something calls SaveChanges once, so the caller's
/// own pending changes in the same DbContext commit with it.
/// </summary>
public interface IWorkflowRuntime
{
    /// <summary>Starts an instance on the latest published version (or <paramref name="version"/>), runs the initial state's entry actions, creates its tasks and deadlines.</summary>
    Task<WorkflowInstanceInfo> StartAsync(string definitionId, string correlationId, WorkflowActor actor, string? inputJson = null, int? version = null, CancellationToken ct = default);

    /// <summary>Fires a trigger. Throws <see cref="ConcurrencyConflictException"/> (stale version / lost race), <see cref="ForbiddenException"/> (permission), <see cref="BusinessException"/> (guard refusal, not permitted), <see cref="WorkflowActionFailedException"/> (incident recorded).</summary>
    Task<FireResult> FireAsync(Guid instanceId, string trigger, WorkflowActor actor, string? payloadJson, int expectedVersion, CancellationToken ct = default);

    /// <summary>Triggers of the current state with whether the actor may fire each now (permission and guards evaluated) and, if not, why.</summary>
    Task<IReadOnlyList<TriggerOption>> GetTriggersAsync(Guid instanceId, WorkflowActor actor, string? payloadJson = null, CancellationToken ct = default);
}
