namespace InspectionSuite.Workflows.Contracts;

/// <summary>
/// The runtime as the application uses it (scoped, over the caller's DbContext). Every method that changes
/// something calls SaveChanges once, so the caller's own pending changes in the same DbContext commit with it.
/// </summary>
public interface IWorkflowRuntime
{
    /// <summary>Starts an instance on the latest published version (or <paramref name="version"/>), runs the initial state's entry actions, creates its tasks and deadlines.</summary>
    Task<WorkflowInstanceInfo> StartAsync(string definitionId, string correlationId, WorkflowActor actor, string? inputJson = null, int? version = null, CancellationToken ct = default);

    /// <summary>Fires a trigger. Throws <see cref="ConcurrencyConflictException"/> (stale version / lost race), <see cref="ForbiddenException"/> (permission), <see cref="BusinessException"/> (guard refusal, not permitted), <see cref="WorkflowActionFailedException"/> (incident recorded).</summary>
    Task<FireResult> FireAsync(Guid instanceId, string trigger, WorkflowActor actor, string? payloadJson, int expectedVersion, CancellationToken ct = default);

    /// <summary>Triggers of the current state with whether the actor may fire each now (permission and guards evaluated) and, if not, why.</summary>
    Task<IReadOnlyList<TriggerOption>> GetTriggersAsync(Guid instanceId, WorkflowActor actor, string? payloadJson = null, CancellationToken ct = default);

    Task<WorkflowInstanceInfo> GetInstanceAsync(Guid instanceId, CancellationToken ct = default);
    Task<IReadOnlyList<WorkflowInstanceInfo>> FindByCorrelationAsync(string correlationId, CancellationToken ct = default);
    Task<IReadOnlyList<JournalEntryInfo>> GetJournalAsync(Guid instanceId, CancellationToken ct = default);

    /// <summary>
    /// Open tasks for the user (assigned to them, or to one of their roles and no user), due soonest first, counted and
    /// paged in SQL. <paramref name="instances"/>, when given, keeps only tasks of those workflow instances; it must be a
    /// query over the same DbContext so it composes into the one SQL statement (e.g. the instances of the cases the
    /// caller may see), never a materialized list; it is checked task by task. With <paramref name="countLimit"/> the count
    /// stops at that many tasks (then <see cref="PagedResult{T}.TotalCountIsLowerBound"/>).
    /// </summary>
    Task<PagedResult<HumanTaskInfo>> GetInboxAsync(string userId, IReadOnlyCollection<string> roles, int skip, int take, IQueryable<Guid>? instances = null, int? countLimit = null, CancellationToken ct = default);
    /// <summary>
    /// The same inbox as <see cref="GetInboxAsync"/>, over a short list of instances known in advance (a user on few cases):
    /// their open tasks are read by instance and ordered and paged in memory. <see cref="GetInboxAsync"/> walks every open
    /// task of the user's roles in due order, which for a user who sees few of them means reading nearly all.
    /// </summary>
    Task<PagedResult<HumanTaskInfo>> GetInboxOfInstancesAsync(string userId, IReadOnlyCollection<string> roles, int skip, int take, IReadOnlyCollection<Guid> instanceIds, int? countLimit = null, CancellationToken ct = default);
    Task<IReadOnlyList<HumanTaskInfo>> GetTasksAsync(Guid instanceId, CancellationToken ct = default);
    Task CompleteTaskAsync(Guid taskId, WorkflowActor actor, string? outcome = null, CancellationToken ct = default);
    Task<HumanTaskInfo> ReassignTaskAsync(Guid taskId, WorkflowActor actor, string? toUserId, string? toRole, CancellationToken ct = default);
    Task<HumanTaskInfo> SendBackTaskAsync(Guid taskId, WorkflowActor actor, string reason, CancellationToken ct = default);

    /// <summary>Alteration: move a running instance to another published version. With <paramref name="dryRun"/> nothing is saved.</summary>
    Task<MigrationPlan> MigrateAsync(Guid instanceId, int targetVersion, IReadOnlyDictionary<string, string>? stateMapping, WorkflowActor actor, int expectedVersion, bool dryRun, CancellationToken ct = default);

    /// <summary>Alteration: cancel a running instance (open tasks and deadlines cancelled).</summary>
    Task CancelAsync(Guid instanceId, WorkflowActor actor, string reason, int expectedVersion, CancellationToken ct = default);

    /// <summary>Alteration: retry an open incident (re-fire its trigger, or re-arm its timer). Returns the fire result for transition incidents.</summary>
    Task<FireResult?> RetryIncidentAsync(Guid incidentId, WorkflowActor actor, CancellationToken ct = default);
    Task<IReadOnlyList<Persistence.WorkflowIncident>> GetOpenIncidentsAsync(Guid? instanceId = null, CancellationToken ct = default);

    /// <summary>Mermaid state diagram of the instance's definition version, its current state highlighted.</summary>
    Task<string> GetInstanceDiagramAsync(Guid instanceId, string culture = "vi", CancellationToken ct = default);
}
