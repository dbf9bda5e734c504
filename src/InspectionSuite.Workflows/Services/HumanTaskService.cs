namespace InspectionSuite.Workflows.Services;

/// <summary>
/// Default <see cref="IHumanTaskService"/>. Reassigning or sending back closes the task and opens its successor (same
/// due time, a link to the one before), so the task's history stays in its rows.
/// </summary>
internal sealed class HumanTaskService(WorkflowInstanceStore store, WorkflowRuntimeOptions options, WorkflowDefinitionService definitions, StateWork work) : IHumanTaskService
{
    public async Task<HumanTaskInfo> OpenOnRequestAsync(Guid instanceId, string taskName, WorkflowActor actor, string? payloadJson = null, CancellationToken ct = default)
    {
        var started = Stopwatch.GetTimestamp();
        var instance = await store.LoadAsync(instanceId, ct);
        if (instance.Status != WorkflowInstanceStatus.Running) throw new BusinessException(WorkflowErrorCodes.InstanceNotRunning, instance.Id, instance.Status);
        var def = await definitions.GetPublishedAsync(instance.DefinitionId, instance.DefinitionVersion, ct);
        var state = def.States[instance.State];
        if (!state.HumanTasks.Any(h => h.Name == taskName && h.OnRequest)) throw new BusinessException(WorkflowErrorCodes.TaskNotOnRequest, taskName, instance.State);
        if (await store.Db.Set<WorkflowHumanTask>().AnyAsync(t => t.InstanceId == instanceId && t.Name == taskName && t.Status == HumanTaskStatus.Open, ct))
            throw new BusinessException(WorkflowErrorCodes.TaskAlreadyOpen, taskName);
        work.Create(instance, state, store.Now, ([taskName], []));
        var opened = store.Db.ChangeTracker.Entries<WorkflowHumanTask>().Select(e => e.Entity)
            .Single(t => t.InstanceId == instanceId && t.Name == taskName && t.Status == HumanTaskStatus.Open);
        store.Touch(instance);
        store.AddJournal(instance, JournalKind.TaskOpened, actor, instance.State, instance.State, taskName, payloadJson, started);
        await store.SaveAsync(instance.Id, ct);
        return HumanTaskProjection.Of(opened);
    }

    public async Task<bool> CompleteByRecordAsync(Guid instanceId, string taskName, WorkflowActor actor, string outcome, CancellationToken ct = default)
    {
        var started = Stopwatch.GetTimestamp();
        var open = await store.Db.Set<WorkflowHumanTask>().Where(t => t.InstanceId == instanceId && t.Name == taskName && t.Status == HumanTaskStatus.Open).ToListAsync(ct);
        if (open.Count > 0)
        {
            foreach (var task in open)
            {
                task.Status = HumanTaskStatus.Completed;
                task.CompletedBy = actor.UserId;
                task.CompletedAtUtc = store.Now;
                task.Outcome = outcome;
                task.Version++;
            }
            var instance = await store.LoadAsync(instanceId, ct);
            store.Touch(instance);
            store.AddJournal(instance, JournalKind.TaskCompleted, actor, instance.State, instance.State, taskName, JsonSerializer.Serialize(new { outcome }), started);
        }
        await store.SaveAsync(instanceId, ct);
        return open.Count > 0;
    }

    public async Task CompleteAsync(Guid taskId, WorkflowActor actor, string? outcome = null, CancellationToken ct = default)
    {
        var started = Stopwatch.GetTimestamp();
        var task = await LoadOpenTaskAsync(taskId, ct);
        EnsureAssignee(task, actor);
        task.Status = HumanTaskStatus.Completed;
        task.CompletedBy = actor.UserId;
        task.CompletedAtUtc = store.Now;
        task.Outcome = outcome;
        task.Version++;
        var instance = await store.LoadAsync(task.InstanceId, ct);
        store.Touch(instance);
        store.AddJournal(instance, JournalKind.TaskCompleted, actor, instance.State, instance.State, task.Name, outcome is null ? null : JsonSerializer.Serialize(new { outcome }), started);
        await store.SaveAsync(instance.Id, ct);
    }

    public async Task<HumanTaskInfo> ReassignAsync(Guid taskId, WorkflowActor actor, string? toUserId, string? toRole, CancellationToken ct = default)
    {
        var started = Stopwatch.GetTimestamp();
        if (string.IsNullOrWhiteSpace(toUserId) && string.IsNullOrWhiteSpace(toRole))
            throw new InputValidationException("assignee", "toUserId or toRole is required");
        var task = await LoadOpenTaskAsync(taskId, ct);
        if (!IsAssignee(task, actor) && !actor.HasPermission(options.ReassignPermission)) throw new ForbiddenException(options.ReassignPermission);
        var next = Replace(task, HumanTaskStatus.Reassigned, string.IsNullOrWhiteSpace(toUserId) ? null : toUserId, string.IsNullOrWhiteSpace(toUserId) ? toRole : task.AssigneeRole, actor);
        var instance = await store.LoadAsync(task.InstanceId, ct);
        store.Touch(instance);
        store.AddJournal(instance, JournalKind.TaskReassigned, actor, instance.State, instance.State, task.Name, JsonSerializer.Serialize(new { toUserId, toRole }), started);
        await store.SaveAsync(instance.Id, ct);
        return HumanTaskProjection.Of(next);
    }

    public async Task<HumanTaskInfo> SendBackAsync(Guid taskId, WorkflowActor actor, string reason, CancellationToken ct = default)
    {
        var started = Stopwatch.GetTimestamp();
        if (string.IsNullOrWhiteSpace(reason)) throw new BusinessException(WorkflowErrorCodes.ReasonRequired);
        var task = await LoadOpenTaskAsync(taskId, ct);
        EnsureAssignee(task, actor);
        task.SendBackReason = reason;
        // Back to whoever handed it over; a task nobody handed over goes back to its role's pool.
        var next = Replace(task, HumanTaskStatus.SentBack, task.PreviousAssigneeUserId, task.AssigneeRole, actor);
        next.SendBackReason = reason;
        var instance = await store.LoadAsync(task.InstanceId, ct);
        store.Touch(instance);
        store.AddJournal(instance, JournalKind.TaskSentBack, actor, instance.State, instance.State, task.Name, JsonSerializer.Serialize(new { reason }), started);
        await store.SaveAsync(instance.Id, ct);
        return HumanTaskProjection.Of(next);
    }

    private WorkflowHumanTask Replace(WorkflowHumanTask task, string closedAs, string? userId, string? role, WorkflowActor actor)
    {
        task.Status = closedAs;
        task.CompletedBy = actor.UserId;
        task.CompletedAtUtc = store.Now;
        task.Version++;
        var next = new WorkflowHumanTask
        {
            Id = Guid.NewGuid(), InstanceId = task.InstanceId, CorrelationId = task.CorrelationId, Name = task.Name, State = task.State,
            AssigneeUserId = userId, AssigneeRole = userId is null ? role : task.AssigneeRole, DueAtUtc = task.DueAtUtc, IsOverdue = task.IsOverdue,
            PreviousTaskId = task.Id, PreviousAssigneeUserId = task.AssigneeUserId ?? actor.UserId, CreatedAtUtc = store.Now, Version = 1,
        };
        store.Db.Add(next);
        return next;
    }

    private async Task<WorkflowHumanTask> LoadOpenTaskAsync(Guid taskId, CancellationToken ct)
    {
        var task = await store.Db.Set<WorkflowHumanTask>().FirstOrDefaultAsync(t => t.Id == taskId, ct) ?? throw new EntityNotFoundException(nameof(WorkflowHumanTask), taskId);
        if (task.Status != HumanTaskStatus.Open) throw new BusinessException(WorkflowErrorCodes.TaskNotOpen, task.Name, task.Status);
        return task;
    }

    private static bool IsAssignee(WorkflowHumanTask task, WorkflowActor actor)
        => task.AssigneeUserId is not null ? task.AssigneeUserId == actor.UserId : actor.HasRole(task.AssigneeRole);

    private static void EnsureAssignee(WorkflowHumanTask task, WorkflowActor actor)
    {
        if (!IsAssignee(task, actor)) throw new ForbiddenException(WorkflowErrorCodes.TaskNotAssignedToActor);
    }
}
