namespace InspectionSuite.Workflows.Services;

/// <summary>Default <see cref="IWorkflowAlterationService"/>: migrate, cancel and retry, each one save (or, for a retry, one transition step).</summary>
internal sealed class WorkflowAlterationService(
    WorkflowInstanceStore store,
    WorkflowDefinitionService definitions,
    StateWork work,
    TransitionStep step) : IWorkflowAlterationService
{
    private DbContext Db => store.Db;

    public async Task<MigrationPlan> PlanMigrationAsync(Guid instanceId, int targetVersion, IReadOnlyDictionary<string, string>? stateMapping, int expectedVersion, CancellationToken ct = default)
        => (await PrepareMigrationAsync(instanceId, targetVersion, stateMapping, expectedVersion, applied: false, ct)).Plan;

    public async Task<MigrationPlan> MigrateAsync(Guid instanceId, int targetVersion, IReadOnlyDictionary<string, string>? stateMapping, WorkflowActor actor, int expectedVersion, CancellationToken ct = default)
    {
        var started = Stopwatch.GetTimestamp();
        var (plan, instance, targetState, openTasks, keptTasks, pending, keptDeadlines) = await PrepareMigrationAsync(instanceId, targetVersion, stateMapping, expectedVersion, applied: true, ct);
        var toState = plan.ToState;
        foreach (var t in openTasks.Except(keptTasks)) { t.Status = HumanTaskStatus.Cancelled; t.Version++; }
        foreach (var t in keptTasks)
        {
            t.State = toState;
            if (!plan.TasksReassigned.Contains(t.Name)) continue;
            // The target version gives the task to someone else (thanh-tra.inspection v4: IssueDecision goes from the
            // Supervisor to Leadership): the task follows it, keeping its due time; a personal assignment within the old
            // role goes with the old role.
            var h = targetState.HumanTasks.First(x => x.Name == t.Name);
            t.AssigneeRole = h.User is null ? h.Role : null;
            t.AssigneeUserId = h.User;
            t.Version++;
        }
        foreach (var b in pending.Except(keptDeadlines)) b.Status = BookmarkStatus.Cancelled;
        foreach (var b in keptDeadlines) b.State = toState;
        var from = $"{instance.State}@v{instance.DefinitionVersion}";
        instance.DefinitionVersion = targetVersion;
        instance.State = toState;
        work.Create(instance, targetState, store.Now, (plan.TasksCreated, plan.DeadlinesCreated));
        store.Touch(instance);
        store.AddJournal(instance, JournalKind.Migrated, actor, from, $"{toState}@v{targetVersion}", null, JsonSerializer.Serialize(new { targetVersion, stateMapping }), started);
        await store.SaveAsync(instanceId, ct);
        return plan;
    }

    private sealed record PreparedMigration(MigrationPlan Plan, WorkflowInstance Instance, StateModel TargetState,
        List<WorkflowHumanTask> OpenTasks, List<WorkflowHumanTask> KeptTasks, List<WorkflowBookmark> Pending, List<WorkflowBookmark> KeptDeadlines);

    private async Task<PreparedMigration> PrepareMigrationAsync(Guid instanceId, int targetVersion, IReadOnlyDictionary<string, string>? stateMapping, int expectedVersion, bool applied, CancellationToken ct)
    {
        var instance = await store.LoadAsync(instanceId, ct);
        if (instance.Version != expectedVersion) throw new ConcurrencyConflictException($"WorkflowInstance {instanceId}");
        if (instance.Status != WorkflowInstanceStatus.Running) throw new BusinessException(WorkflowErrorCodes.InstanceNotRunning, instanceId, instance.Status);
        var target = await definitions.GetPublishedAsync(instance.DefinitionId, targetVersion, ct);
        var toState = stateMapping is not null && stateMapping.TryGetValue(instance.State, out var mapped) ? mapped : instance.State;
        if (!target.States.TryGetValue(toState, out var targetState))
            throw new BusinessException(WorkflowErrorCodes.MigrationStateUnmapped, instance.State, targetVersion);

        var openTasks = await Db.Set<WorkflowHumanTask>().Where(t => t.InstanceId == instanceId && t.Status == HumanTaskStatus.Open).ToListAsync(ct);
        var pending = await Db.Set<WorkflowBookmark>().Where(b => b.InstanceId == instanceId && b.Status == BookmarkStatus.Pending).ToListAsync(ct);
        // Work that exists under the same name in the target state carries over (keeping its due time); the rest is cancelled or created.
        var keptTasks = openTasks.Where(t => targetState.HumanTasks.Any(h => h.Name == t.Name)).ToList();
        var keptDeadlines = pending.Where(b => targetState.Deadlines.Any(d => d.Name == b.Name)).ToList();
        // A kept task whose assignee (role or user) the target version declares differently is handed to the new assignee.
        var source = await definitions.GetPublishedAsync(instance.DefinitionId, instance.DefinitionVersion, ct);
        source.States.TryGetValue(instance.State, out var sourceState);
        var reassigned = keptTasks.Where(t =>
            {
                var to = targetState.HumanTasks.First(h => h.Name == t.Name);
                var from = sourceState?.HumanTasks.FirstOrDefault(h => h.Name == t.Name);
                return from is null ? t.AssigneeRole != to.Role || t.AssigneeUserId != to.User : from.Role != to.Role || from.User != to.User;
            })
            .Select(t => t.Name).ToList();
        var plan = new MigrationPlan(instanceId, instance.DefinitionVersion, instance.State, targetVersion, toState,
            openTasks.Except(keptTasks).Select(t => t.Name).ToList(),
            // A task opened on request is carried over when open, never created by a migration (nobody asked in the target version).
            targetState.HumanTasks.Where(h => !h.OnRequest && keptTasks.All(t => t.Name != h.Name)).Select(h => h.Name).ToList(),
            pending.Except(keptDeadlines).Select(b => b.Name).ToList(),
            targetState.Deadlines.Where(d => keptDeadlines.All(b => b.Name != d.Name)).Select(d => d.Name).ToList(),
            Applied: applied)
        { TasksReassigned = reassigned };
        return new PreparedMigration(plan, instance, targetState, openTasks, keptTasks, pending, keptDeadlines);
    }

    public async Task CancelAsync(Guid instanceId, WorkflowActor actor, string reason, int expectedVersion, CancellationToken ct = default)
    {
        var started = Stopwatch.GetTimestamp();
        if (string.IsNullOrWhiteSpace(reason)) throw new BusinessException(WorkflowErrorCodes.ReasonRequired);
        var instance = await store.LoadAsync(instanceId, ct);
        if (instance.Version != expectedVersion) throw new ConcurrencyConflictException($"WorkflowInstance {instanceId}");
        if (instance.Status != WorkflowInstanceStatus.Running) throw new BusinessException(WorkflowErrorCodes.InstanceNotRunning, instanceId, instance.Status);
        await work.CloseAsync(instanceId, ct);
        instance.Status = WorkflowInstanceStatus.Cancelled;
        store.Touch(instance);
        store.AddJournal(instance, JournalKind.Cancelled, actor, instance.State, instance.State, null, JsonSerializer.Serialize(new { reason }), started);
        await store.SaveAsync(instanceId, ct);
    }

    public async Task<FireResult?> RetryIncidentAsync(Guid incidentId, WorkflowActor actor, CancellationToken ct = default)
    {
        var started = Stopwatch.GetTimestamp();
        var incident = await Db.Set<WorkflowIncident>().FirstOrDefaultAsync(i => i.Id == incidentId, ct) ?? throw new EntityNotFoundException(nameof(WorkflowIncident), incidentId);
        if (incident.Status != IncidentStatus.Open) throw new BusinessException(WorkflowErrorCodes.IncidentNotOpen, incidentId);
        var instance = await store.LoadAsync(incident.InstanceId, ct);
        if (incident.Kind == "Timer")
        {
            // Re-arm: the timer host picks it up on its next pass, with the usual exactly-once claim.
            var bookmark = await Db.Set<WorkflowBookmark>().FirstAsync(b => b.Id == incident.BookmarkId, ct);
            bookmark.Status = BookmarkStatus.Pending;
            bookmark.DueAtUtc = store.Now;
            incident.Status = IncidentStatus.Resolved;
            incident.ResolvedAtUtc = store.Now;
            store.Touch(instance);
            store.AddJournal(instance, JournalKind.Retried, actor, instance.State, instance.State, bookmark.Name, null, started);
            await store.SaveAsync(instance.Id, ct);
            return null;
        }
        if (instance.State != incident.FromState) throw new BusinessException(WorkflowErrorCodes.IncidentObsolete, incidentId, instance.State);
        var def = await definitions.GetPublishedAsync(instance.DefinitionId, instance.DefinitionVersion, ct);
        return await step.RunAsync(instance, def, incident.Trigger!, actor, incident.PayloadJson, TransitionOptions.Retrying(incident), ct);
    }
}
