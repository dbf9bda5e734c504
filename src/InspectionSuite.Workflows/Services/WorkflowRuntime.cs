using System.Diagnostics;
using System.Text.Json;
using System.Text.Json.Nodes;
using InspectionSuite.Workflows.Contracts;
using InspectionSuite.Workflows.Definitions;
using InspectionSuite.Workflows.Diagrams;
using InspectionSuite.Workflows.Persistence;
using InspectionSuite.Workflows.Timers;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Stateless;

namespace InspectionSuite.Workflows.Services;

/// <summary>Default <see cref="IWorkflowRuntime"/>: Stateless machines configured from the definition over persisted instances.</summary>
public sealed class WorkflowRuntime(
    WorkflowDbContextAccessor accessor,
    WorkflowDefinitionService definitions,
    WorkingCalendar calendar,
    WorkflowRuntimeOptions options,
    TimeProvider time,
    IServiceProvider services) : IWorkflowRuntime
{
    private DbContext Db => accessor.Context;
    private DateTime Now => time.GetUtcNow().UtcDateTime;

    // ---------------------------------------------------------------- start / fire

    public async Task<WorkflowInstanceInfo> StartAsync(string definitionId, string correlationId, WorkflowActor actor, string? inputJson = null, int? version = null, CancellationToken ct = default)
    {
        var started = Stopwatch.GetTimestamp();
        var def = version is { } v ? await definitions.GetPublishedAsync(definitionId, v, ct) : await definitions.GetLatestPublishedAsync(definitionId, ct);
        var variables = ParseObject(inputJson);
        var missing = def.Model.Variables.Where(v => v.Value.Required && variables[v.Key] is null).Select(v => v.Key).ToList();
        if (missing.Count > 0)
            throw new InputValidationException(missing.ToDictionary(m => m, _ => new[] { InspectionSuiteErrorCodes.ValidationFailed }));
        var now = Now;
        var instance = new WorkflowInstance
        {
            Id = Guid.NewGuid(), DefinitionId = def.DefinitionId, DefinitionVersion = def.Version, CorrelationId = correlationId,
            State = def.Model.Initial, Status = WorkflowInstanceStatus.Running, Version = 1, CreatedAtUtc = now, UpdatedAtUtc = now,
        };
        var initial = def.States[def.Model.Initial];
        foreach (var name in initial.Entry)
            await RunActionAsync(name, new ActionContext(instance.Id, correlationId, def.DefinitionId, def.Version, initial.Name, ActionPhase.Entry, null, actor, null, variables), ct);
        if (initial.Final) instance.Status = WorkflowInstanceStatus.Finished;
        Db.Add(instance);
        Db.Add(new WorkflowInstanceData { InstanceId = instance.Id, VariablesJson = variables.ToJsonString() });
        if (!initial.Final) CreateStateWork(instance, initial, now, null);
        AddJournal(instance, JournalKind.Started, actor, null, instance.State, null, inputJson, started);
        await SaveAsync(instance.Id, ct);
        return ToInfo(instance);
    }

    public async Task<FireResult> FireAsync(Guid instanceId, string trigger, WorkflowActor actor, string? payloadJson, int expectedVersion, CancellationToken ct = default)
    {
        // One open connection for the whole step: EF otherwise opens and closes it around every query and the save.
        await Db.Database.OpenConnectionAsync(ct);
        try
        {
            var (instance, data) = await LoadInstanceWithVariablesAsync(instanceId, ct);
            if (instance.Version != expectedVersion) throw new ConcurrencyConflictException($"WorkflowInstance {instanceId}");
            var def = await definitions.GetPublishedAsync(instance.DefinitionId, instance.DefinitionVersion, ct);
            return await FireCoreAsync(instance, def, trigger, actor, payloadJson, checkPermission: true, JournalKind.Transition, recordIncident: true, resolving: null, ct, data);
        }
        finally
        {
            await Db.Database.CloseConnectionAsync();
        }
    }

    public async Task<IReadOnlyList<TriggerOption>> GetTriggersAsync(Guid instanceId, WorkflowActor actor, string? payloadJson = null, CancellationToken ct = default)
    {
        var (instance, data) = await ReadInstanceAsync(instanceId, ct);
        if (instance.Status != WorkflowInstanceStatus.Running) return [];
        var def = await definitions.GetPublishedAsync(instance.DefinitionId, instance.DefinitionVersion, ct);
        var variables = ParseObject(data?.VariablesJson);
        var payload = ParseNode(payloadJson);
        var result = new List<TriggerOption>();
        foreach (var t in def.Outgoing[instance.State])
        {
            if (!actor.HasPermission(t.Permission))
            {
                result.Add(new TriggerOption(t.Trigger, t.Name, t.To, t.Permission, false, InspectionSuiteErrorCodes.Forbidden, [t.Permission]));
                continue;
            }
            var refusal = await EvaluateGuardsAsync(instance, def, t, actor, payload, variables, ct);
            result.Add(new TriggerOption(t.Trigger, t.Name, t.To, t.Permission, refusal is null, refusal?.Code, refusal?.Args));
        }
        return result;
    }

    internal async Task<FireResult> FireCoreAsync(WorkflowInstance instance, CompiledDefinition def, string trigger, WorkflowActor actor, string? payloadJson,
        bool checkPermission, string journalKind, bool recordIncident, WorkflowIncident? resolving, CancellationToken ct,
        (WorkflowInstanceData Record, JsonObject Variables)? loaded = null)
    {
        var started = Stopwatch.GetTimestamp();
        if (instance.Status != WorkflowInstanceStatus.Running) throw new BusinessException(WorkflowErrorCodes.InstanceNotRunning, instance.Id, instance.Status);
        var from = instance.State;
        var transition = def.FindTransition(from, trigger) ?? throw new BusinessException(WorkflowErrorCodes.TriggerNotPermitted, trigger, from);
        if (checkPermission && !actor.HasPermission(transition.Permission)) throw new ForbiddenException(transition.Permission!);

        var data = loaded ?? await LoadVariablesAsync(instance.Id, ct);
        var payload = ParseNode(payloadJson);
        var refusal = await EvaluateGuardsAsync(instance, def, transition, actor, payload, data.Variables, ct);
        if (refusal is { } r) throw new BusinessException(r.Code ?? WorkflowErrorCodes.GuardRefused, r.Args ?? []);

        string? runningAction = null;
        try
        {
            // Guards ran above (they are async and may query); the machine permits only the transition that passed them.
            var machine = BuildMachine(def, () => instance.State, s => instance.State = s, from, transition,
                async (names, state, phase) =>
                {
                    foreach (var name in names)
                    {
                        runningAction = name;
                        await RunActionAsync(name, new ActionContext(instance.Id, instance.CorrelationId, def.DefinitionId, def.Version, state, phase, trigger, actor, payload, data.Variables), ct);
                    }
                    runningAction = null;
                });
            await machine.FireAsync(trigger);
            var now = Now;
            await CloseStateWorkAsync(instance.Id, ct, def.States[from]);
            var target = def.States[transition.To];
            if (target.Final) instance.Status = WorkflowInstanceStatus.Finished;
            else CreateStateWork(instance, target, now, null);
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            if (!recordIncident) throw new StepFailedException(runningAction, ex);
            var incidentId = await RecordIncidentAsync(instance.Id, from, trigger, runningAction, ex, payloadJson, actor, resolving?.Id, ct);
            throw new WorkflowActionFailedException(incidentId, runningAction, ex);
        }

        data.Record.VariablesJson = data.Variables.ToJsonString();
        var expectedVersion = instance.Version;
        instance.Version++;
        instance.UpdatedAtUtc = Now;
        var entry = NewJournalEntry(instance, journalKind, actor, from, instance.State, trigger, payloadJson, started);
        if (resolving is not null)
        {
            resolving.Status = IncidentStatus.Resolved;
            resolving.ResolvedAtUtc = Now;
        }
        await CommitTransitionAsync(instance, expectedVersion, entry, ct);
        return new FireResult(instance.Id, from, instance.State, trigger, instance.Version);
    }

    /// <summary>
    /// One transaction (the caller's, or our own): the instance's version bump and the journal row as two plain
    /// commands (<see cref="TransitionWriter"/>), then whatever else is tracked (tasks, bookmarks, variables, incidents,
    /// the caller's domain changes) through SaveChanges. The version check in the UPDATE decides concurrent fires.
    /// </summary>
    private async Task CommitTransitionAsync(WorkflowInstance instance, int expectedVersion, WorkflowJournalEntry entry, CancellationToken ct)
    {
        _read.Clear();
        var tracked = Db.Entry(instance);
        if (tracked.State is not (EntityState.Modified or EntityState.Unchanged)
            || tracked.Properties.Any(p => p.IsModified && !TransitionWriter.WritableInstanceProperties.Contains(p.Metadata.Name)))
        {
            Db.Add(entry);
            await SaveAsync(instance.Id, ct);
            return;
        }
        var own = Db.Database.CurrentTransaction is null ? await Db.Database.BeginTransactionAsync(ct) : null;
        try
        {
            if (!await TransitionWriter.For(Db).WriteAsync(Db, instance, expectedVersion, entry, ct))
                throw new ConcurrencyConflictException($"WorkflowInstance {instance.Id}");
            // Written: the tracker must not write the row again, and the new version becomes its original value.
            tracked.OriginalValues.SetValues(tracked.CurrentValues);
            tracked.State = EntityState.Unchanged;
            if (Db.ChangeTracker.HasChanges()) await SaveAsync(instance.Id, ct);
            if (own is not null) await own.CommitAsync(ct);
        }
        finally
        {
            if (own is not null) await own.DisposeAsync();
        }
    }

    /// <summary>
    /// The Stateless machine for one step: the state being left and the state being entered, with their exit and entry
    /// actions, and the one transition that passed its guards (only it is permitted). The rest of the definition plays
    /// no part in the step, and configuring every state on every fire was measurable in the durable benchmark.
    /// </summary>
    internal static StateMachine<string, string> BuildMachine(CompiledDefinition def, Func<string> read, Action<string> write, string fromState, TransitionModel step,
        Func<IReadOnlyList<string>, string, ActionPhase, Task> runActions)
    {
        var machine = new StateMachine<string, string>(read, write);
        var from = def.States[fromState];
        var leaving = machine.Configure(from.Name);
        if (from.Exit.Count > 0) leaving.OnExitAsync(() => runActions(from.Exit, from.Name, ActionPhase.Exit));
        if (step.To == from.Name)
        {
            if (from.Entry.Count > 0) leaving.OnEntryAsync(() => runActions(from.Entry, from.Name, ActionPhase.Entry));
            leaving.PermitReentry(step.Trigger);
            return machine;
        }
        leaving.Permit(step.Trigger, step.To);
        var to = def.States[step.To];
        var entering = machine.Configure(to.Name);
        if (to.Entry.Count > 0) entering.OnEntryAsync(() => runActions(to.Entry, to.Name, ActionPhase.Entry));
        return machine;
    }

    // ---------------------------------------------------------------- queries

    public async Task<WorkflowInstanceInfo> GetInstanceAsync(Guid instanceId, CancellationToken ct = default)
        => ToInfo((await ReadInstanceAsync(instanceId, ct)).Instance);

    public async Task<IReadOnlyList<WorkflowInstanceInfo>> FindByCorrelationAsync(string correlationId, CancellationToken ct = default)
        => (await Db.Set<WorkflowInstance>().AsNoTracking().Where(i => i.CorrelationId == correlationId).OrderBy(i => i.CreatedAtUtc).ToListAsync(ct)).Select(ToInfo).ToList();

    public async Task<IReadOnlyList<JournalEntryInfo>> GetJournalAsync(Guid instanceId, CancellationToken ct = default)
        => await Db.Set<WorkflowJournalEntry>().AsNoTracking().Where(j => j.InstanceId == instanceId).OrderBy(j => j.Sequence)
            .Select(j => new JournalEntryInfo(j.Sequence, j.OccurredAtUtc, j.Kind, j.ActorId, j.ActorName, j.FromState, j.ToState, j.Trigger, j.PayloadSummary, j.DurationMs))
            .ToListAsync(ct);

    public async Task<PagedResult<HumanTaskInfo>> GetInboxAsync(string userId, IReadOnlyCollection<string> roles, int skip, int take, IQueryable<Guid>? instances = null, int? countLimit = null, CancellationToken ct = default)
    {
        skip = Math.Max(0, skip);
        take = Math.Clamp(take, 1, 500);
        var roleList = roles.ToList();
        // Two queries, not one with "user OR role": each walks its own (Status, Assignee…, DueAtUtc) index in due order and
        // stops when it has enough rows; the OR would make the database collect and sort every open task of both.
        var open = Db.Set<WorkflowHumanTask>().AsNoTracking().Where(t => t.Status == HumanTaskStatus.Open);
        // Checked per task (EXISTS), so walking in due order stops early; "InstanceId IN (…)" would first build the whole
        // list of visible instances, thousands of rows for an inspector on many cases.
        if (instances is not null) open = open.Where(t => instances.Any(i => i == t.InstanceId));
        var mine = open.Where(t => t.AssigneeUserId == userId);
        // "No user" is written as COALESCE(user, '') = '' on purpose: as "IS NULL" the database takes the (Status,
        // AssigneeUserId, DueAtUtc) index for it (the statistics say a user value is rare) and then scans every pooled
        // task of every role; this way it walks the (Status, AssigneeRole, DueAtUtc) index of the caller's roles.
        // (No "AssigneeRole IS NOT NULL" either: SQLite then walked the role index as a range and sorted every pooled task.)
        var pooled = open.Where(t => (t.AssigneeUserId ?? "") == "" && roleList.Contains(t.AssigneeRole!));

        var counts = new int[2];
        var parts = new[] { mine, pooled };
        for (var i = 0; i < parts.Length; i++)
            counts[i] = countLimit is { } limit ? await parts[i].Take(limit).CountAsync(ct) : await parts[i].CountAsync(ct);
        var counted = counts[0] + counts[1];
        var lowerBound = countLimit is { } cap && counted >= cap;
        if (lowerBound) counted = countLimit!.Value;

        if (counted == 0) return new PagedResult<HumanTaskInfo>(0, [], false);
        // One part empty (an inspector rarely has tasks of their own): the other part is the inbox, paged in SQL.
        if (counts[0] == 0 || counts[1] == 0)
        {
            var only = counts[0] == 0 ? pooled : mine;
            var rows = await only.OrderBy(t => t.DueAtUtc).ThenBy(t => t.CreatedAtUtc).ThenBy(t => t.Id).Skip(skip).Take(take).Select(TaskProjection).ToListAsync(ct);
            return new PagedResult<HumanTaskInfo>(counted, rows, lowerBound);
        }

        // The page of the merged order is within the first skip + take rows of each part. Only their order keys are read
        // for that (the indexes carry them, so no task row is read), then the rows of the page itself.
        var firstKeys = new List<(DateTime Due, DateTime Created, Guid Id)>();
        foreach (var part in parts)
            firstKeys.AddRange((await part.OrderBy(t => t.DueAtUtc).ThenBy(t => t.CreatedAtUtc).ThenBy(t => t.Id)
                .Take(skip + take).Select(t => new { t.DueAtUtc, t.CreatedAtUtc, t.Id }).ToListAsync(ct)).Select(k => (k.DueAtUtc, k.CreatedAtUtc, k.Id)));
        return new PagedResult<HumanTaskInfo>(counted, await PageOfKeysAsync(firstKeys, skip, take, ct), lowerBound);
    }

    public async Task<PagedResult<HumanTaskInfo>> GetInboxOfInstancesAsync(string userId, IReadOnlyCollection<string> roles, int skip, int take, IReadOnlyCollection<Guid> instanceIds, int? countLimit = null, CancellationToken ct = default)
    {
        skip = Math.Max(0, skip);
        take = Math.Clamp(take, 1, 500);
        var roleSet = roles.ToHashSet(StringComparer.Ordinal);
        var keys = new List<(DateTime Due, DateTime Created, Guid Id)>();
        // By instance through the (InstanceId, Status) index; in chunks because each id is one SQL parameter.
        foreach (var chunk in instanceIds.Distinct().Chunk(500))
        {
            var rows = await Db.Set<WorkflowHumanTask>().AsNoTracking()
                .Where(t => chunk.Contains(t.InstanceId) && t.Status == HumanTaskStatus.Open)
                .Select(t => new { t.Id, t.DueAtUtc, t.CreatedAtUtc, t.AssigneeUserId, t.AssigneeRole }).ToListAsync(ct);
            keys.AddRange(rows.Where(t => t.AssigneeUserId == userId || (string.IsNullOrEmpty(t.AssigneeUserId) && t.AssigneeRole is not null && roleSet.Contains(t.AssigneeRole)))
                .Select(t => (t.DueAtUtc, t.CreatedAtUtc, t.Id)));
        }
        var counted = countLimit is { } limit ? Math.Min(keys.Count, limit) : keys.Count;
        return new PagedResult<HumanTaskInfo>(counted, await PageOfKeysAsync(keys, skip, take, ct), countLimit is { } cap && counted >= cap);
    }

    /// <summary>The inbox page of tasks given by their order keys (due, created, id): the page's rows, in that order.</summary>
    private async Task<List<HumanTaskInfo>> PageOfKeysAsync(IEnumerable<(DateTime Due, DateTime Created, Guid Id)> keys, int skip, int take, CancellationToken ct)
    {
        var pageIds = keys.OrderBy(k => k.Due).ThenBy(k => k.Created).ThenBy(k => k.Id).Skip(skip).Take(take).Select(k => k.Id).ToList();
        if (pageIds.Count == 0) return [];
        var items = await Db.Set<WorkflowHumanTask>().AsNoTracking().Where(t => pageIds.Contains(t.Id)).Select(TaskProjection).ToListAsync(ct);
        return items.OrderBy(t => pageIds.IndexOf(t.Id)).ToList();
    }

    public async Task<IReadOnlyList<HumanTaskInfo>> GetTasksAsync(Guid instanceId, CancellationToken ct = default)
        => await Db.Set<WorkflowHumanTask>().AsNoTracking().Where(t => t.InstanceId == instanceId).OrderBy(t => t.CreatedAtUtc).ThenBy(t => t.Id).Select(TaskProjection).ToListAsync(ct);

    private static readonly System.Linq.Expressions.Expression<Func<WorkflowHumanTask, HumanTaskInfo>> TaskProjection =
        t => new HumanTaskInfo(t.Id, t.InstanceId, t.CorrelationId, t.Name, t.State, t.AssigneeRole, t.AssigneeUserId, t.DueAtUtc, t.IsOverdue, t.Status, t.SendBackReason, t.CreatedAtUtc);

    public async Task<IReadOnlyList<WorkflowIncident>> GetOpenIncidentsAsync(Guid? instanceId = null, CancellationToken ct = default)
        => await Db.Set<WorkflowIncident>().AsNoTracking()
            .Where(i => i.Status == IncidentStatus.Open && (instanceId == null || i.InstanceId == instanceId))
            .OrderBy(i => i.OccurredAtUtc).ToListAsync(ct);

    public async Task<string> GetInstanceDiagramAsync(Guid instanceId, string culture = "vi", CancellationToken ct = default)
    {
        var instance = await GetInstanceAsync(instanceId, ct);
        var def = await definitions.GetPublishedAsync(instance.DefinitionId, instance.DefinitionVersion, ct);
        return MermaidDiagram.Render(def, instance.State, culture);
    }

    // ---------------------------------------------------------------- human tasks

    public async Task CompleteTaskAsync(Guid taskId, WorkflowActor actor, string? outcome = null, CancellationToken ct = default)
    {
        var started = Stopwatch.GetTimestamp();
        var task = await LoadOpenTaskAsync(taskId, ct);
        EnsureAssignee(task, actor);
        task.Status = HumanTaskStatus.Completed;
        task.CompletedBy = actor.UserId;
        task.CompletedAtUtc = Now;
        task.Outcome = outcome;
        task.Version++;
        var instance = await LoadInstanceAsync(task.InstanceId, ct);
        Touch(instance);
        AddJournal(instance, JournalKind.TaskCompleted, actor, instance.State, instance.State, task.Name, outcome is null ? null : JsonSerializer.Serialize(new { outcome }), started);
        await SaveAsync(instance.Id, ct);
    }

    public async Task<HumanTaskInfo> ReassignTaskAsync(Guid taskId, WorkflowActor actor, string? toUserId, string? toRole, CancellationToken ct = default)
    {
        var started = Stopwatch.GetTimestamp();
        if (string.IsNullOrWhiteSpace(toUserId) && string.IsNullOrWhiteSpace(toRole))
            throw new InputValidationException("assignee", "toUserId or toRole is required");
        var task = await LoadOpenTaskAsync(taskId, ct);
        if (!IsAssignee(task, actor) && !actor.HasPermission(options.ReassignPermission)) throw new ForbiddenException(options.ReassignPermission);
        var next = Replace(task, HumanTaskStatus.Reassigned, string.IsNullOrWhiteSpace(toUserId) ? null : toUserId, string.IsNullOrWhiteSpace(toUserId) ? toRole : task.AssigneeRole, actor);
        var instance = await LoadInstanceAsync(task.InstanceId, ct);
        Touch(instance);
        AddJournal(instance, JournalKind.TaskReassigned, actor, instance.State, instance.State, task.Name, JsonSerializer.Serialize(new { toUserId, toRole }), started);
        await SaveAsync(instance.Id, ct);
        return TaskProjection.Compile()(next);
    }

    public async Task<HumanTaskInfo> SendBackTaskAsync(Guid taskId, WorkflowActor actor, string reason, CancellationToken ct = default)
    {
        var started = Stopwatch.GetTimestamp();
        if (string.IsNullOrWhiteSpace(reason)) throw new BusinessException(WorkflowErrorCodes.ReasonRequired);
        var task = await LoadOpenTaskAsync(taskId, ct);
        EnsureAssignee(task, actor);
        task.SendBackReason = reason;
        // Back to whoever handed it over; a task nobody handed over goes back to its role's pool.
        var next = Replace(task, HumanTaskStatus.SentBack, task.PreviousAssigneeUserId, task.AssigneeRole, actor);
        next.SendBackReason = reason;
        var instance = await LoadInstanceAsync(task.InstanceId, ct);
        Touch(instance);
        AddJournal(instance, JournalKind.TaskSentBack, actor, instance.State, instance.State, task.Name, JsonSerializer.Serialize(new { reason }), started);
        await SaveAsync(instance.Id, ct);
        return TaskProjection.Compile()(next);
    }

    private WorkflowHumanTask Replace(WorkflowHumanTask task, string closedAs, string? userId, string? role, WorkflowActor actor)
    {
        task.Status = closedAs;
        task.CompletedBy = actor.UserId;
        task.CompletedAtUtc = Now;
        task.Version++;
        var next = new WorkflowHumanTask
        {
            Id = Guid.NewGuid(), InstanceId = task.InstanceId, CorrelationId = task.CorrelationId, Name = task.Name, State = task.State,
            AssigneeUserId = userId, AssigneeRole = userId is null ? role : task.AssigneeRole, DueAtUtc = task.DueAtUtc, IsOverdue = task.IsOverdue,
            PreviousTaskId = task.Id, PreviousAssigneeUserId = task.AssigneeUserId ?? actor.UserId, CreatedAtUtc = Now, Version = 1,
        };
        Db.Add(next);
        return next;
    }

    private async Task<WorkflowHumanTask> LoadOpenTaskAsync(Guid taskId, CancellationToken ct)
    {
        var task = await Db.Set<WorkflowHumanTask>().FirstOrDefaultAsync(t => t.Id == taskId, ct) ?? throw new EntityNotFoundException(nameof(WorkflowHumanTask), taskId);
        if (task.Status != HumanTaskStatus.Open) throw new BusinessException(WorkflowErrorCodes.TaskNotOpen, task.Name, task.Status);
        return task;
    }

    private static bool IsAssignee(WorkflowHumanTask task, WorkflowActor actor)
        => task.AssigneeUserId is not null ? task.AssigneeUserId == actor.UserId : actor.HasRole(task.AssigneeRole);

    private static void EnsureAssignee(WorkflowHumanTask task, WorkflowActor actor)
    {
        if (!IsAssignee(task, actor)) throw new ForbiddenException(WorkflowErrorCodes.TaskNotAssignedToActor);
    }

    // ---------------------------------------------------------------- alterations

    public async Task<MigrationPlan> MigrateAsync(Guid instanceId, int targetVersion, IReadOnlyDictionary<string, string>? stateMapping, WorkflowActor actor, int expectedVersion, bool dryRun, CancellationToken ct = default)
    {
        var started = Stopwatch.GetTimestamp();
        var instance = await LoadInstanceAsync(instanceId, ct);
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
        var plan = new MigrationPlan(instanceId, instance.DefinitionVersion, instance.State, targetVersion, toState,
            openTasks.Except(keptTasks).Select(t => t.Name).ToList(),
            targetState.HumanTasks.Where(h => keptTasks.All(t => t.Name != h.Name)).Select(h => h.Name).ToList(),
            pending.Except(keptDeadlines).Select(b => b.Name).ToList(),
            targetState.Deadlines.Where(d => keptDeadlines.All(b => b.Name != d.Name)).Select(d => d.Name).ToList(),
            Applied: !dryRun);
        if (dryRun) return plan;

        var now = Now;
        foreach (var t in openTasks.Except(keptTasks)) { t.Status = HumanTaskStatus.Cancelled; t.Version++; }
        foreach (var t in keptTasks) t.State = toState;
        foreach (var b in pending.Except(keptDeadlines)) b.Status = BookmarkStatus.Cancelled;
        foreach (var b in keptDeadlines) b.State = toState;
        var from = $"{instance.State}@v{instance.DefinitionVersion}";
        instance.DefinitionVersion = targetVersion;
        instance.State = toState;
        CreateStateWork(instance, targetState, now, (plan.TasksCreated, plan.DeadlinesCreated));
        Touch(instance);
        AddJournal(instance, JournalKind.Migrated, actor, from, $"{toState}@v{targetVersion}", null, JsonSerializer.Serialize(new { targetVersion, stateMapping }), started);
        await SaveAsync(instanceId, ct);
        return plan;
    }

    public async Task CancelAsync(Guid instanceId, WorkflowActor actor, string reason, int expectedVersion, CancellationToken ct = default)
    {
        var started = Stopwatch.GetTimestamp();
        if (string.IsNullOrWhiteSpace(reason)) throw new BusinessException(WorkflowErrorCodes.ReasonRequired);
        var instance = await LoadInstanceAsync(instanceId, ct);
        if (instance.Version != expectedVersion) throw new ConcurrencyConflictException($"WorkflowInstance {instanceId}");
        if (instance.Status != WorkflowInstanceStatus.Running) throw new BusinessException(WorkflowErrorCodes.InstanceNotRunning, instanceId, instance.Status);
        await CloseStateWorkAsync(instanceId, ct);
        instance.Status = WorkflowInstanceStatus.Cancelled;
        Touch(instance);
        AddJournal(instance, JournalKind.Cancelled, actor, instance.State, instance.State, null, JsonSerializer.Serialize(new { reason }), started);
        await SaveAsync(instanceId, ct);
    }

    public async Task<FireResult?> RetryIncidentAsync(Guid incidentId, WorkflowActor actor, CancellationToken ct = default)
    {
        var started = Stopwatch.GetTimestamp();
        var incident = await Db.Set<WorkflowIncident>().FirstOrDefaultAsync(i => i.Id == incidentId, ct) ?? throw new EntityNotFoundException(nameof(WorkflowIncident), incidentId);
        if (incident.Status != IncidentStatus.Open) throw new BusinessException(WorkflowErrorCodes.IncidentNotOpen, incidentId);
        var instance = await LoadInstanceAsync(incident.InstanceId, ct);
        if (incident.Kind == "Timer")
        {
            // Re-arm: the timer host picks it up on its next pass, with the usual exactly-once claim.
            var bookmark = await Db.Set<WorkflowBookmark>().FirstAsync(b => b.Id == incident.BookmarkId, ct);
            bookmark.Status = BookmarkStatus.Pending;
            bookmark.DueAtUtc = Now;
            incident.Status = IncidentStatus.Resolved;
            incident.ResolvedAtUtc = Now;
            Touch(instance);
            AddJournal(instance, JournalKind.Retried, actor, instance.State, instance.State, bookmark.Name, null, started);
            await SaveAsync(instance.Id, ct);
            return null;
        }
        if (instance.State != incident.FromState) throw new BusinessException(WorkflowErrorCodes.IncidentObsolete, incidentId, instance.State);
        var def = await definitions.GetPublishedAsync(instance.DefinitionId, instance.DefinitionVersion, ct);
        return await FireCoreAsync(instance, def, incident.Trigger!, actor, incident.PayloadJson, checkPermission: false, JournalKind.Retried, recordIncident: true, resolving: incident, ct);
    }

    // ---------------------------------------------------------------- timers (called by WorkflowTimerService inside its claim transaction)

    /// <summary>Runs an expired deadline's escalation or trigger. Saves through the DbContext; the caller owns the transaction. Returns the notice to send after commit.</summary>
    internal async Task<OverdueNotice?> ExpireDeadlineAsync(Guid bookmarkId, CancellationToken ct)
    {
        var started = Stopwatch.GetTimestamp();
        var bookmark = await Db.Set<WorkflowBookmark>().AsNoTracking().FirstAsync(b => b.Id == bookmarkId, ct);
        var instance = await Db.Set<WorkflowInstance>().FirstOrDefaultAsync(i => i.Id == bookmark.InstanceId, ct);
        if (instance is null || instance.Status != WorkflowInstanceStatus.Running || instance.State != bookmark.State) return null;
        var def = await definitions.GetPublishedAsync(instance.DefinitionId, instance.DefinitionVersion, ct);
        var deadline = def.States[instance.State].Deadlines.FirstOrDefault(d => d.Name == bookmark.Name);
        if (deadline is null) return null;
        var payload = JsonSerializer.Serialize(new { deadline = deadline.Name, dueAtUtc = bookmark.DueAtUtc });
        if (deadline.Escalation.Trigger is { } trigger)
        {
            await FireCoreAsync(instance, def, trigger, WorkflowActor.System, payload, checkPermission: false, JournalKind.Transition, recordIncident: false, resolving: null, ct);
            return null;
        }

        var data = await LoadVariablesAsync(instance.Id, ct);
        string? running = null;
        try
        {
            foreach (var name in deadline.Escalation.Actions ?? [])
            {
                running = name;
                await RunActionAsync(name, new ActionContext(instance.Id, instance.CorrelationId, def.DefinitionId, def.Version, instance.State, ActionPhase.Escalation, null, WorkflowActor.System, ParseNode(payload), data.Variables), ct);
            }
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            throw new StepFailedException(running, ex);
        }
        var tasks = await Db.Set<WorkflowHumanTask>().Where(t => t.InstanceId == instance.Id && t.Status == HumanTaskStatus.Open && t.State == instance.State).ToListAsync(ct);
        foreach (var t in tasks) t.IsOverdue = true;
        data.Record.VariablesJson = data.Variables.ToJsonString();
        Touch(instance);
        AddJournal(instance, JournalKind.Escalation, WorkflowActor.System, instance.State, instance.State, deadline.Name, payload, started);
        await SaveAsync(instance.Id, ct);
        var recipients = deadline.Escalation.Notify is { Count: > 0 } n ? n : tasks.Select(t => t.AssigneeUserId ?? t.AssigneeRole!).Distinct().ToList();
        return new OverdueNotice(instance.Id, instance.CorrelationId, instance.DefinitionId, instance.State, deadline.Name, bookmark.DueAtUtc, recipients);
    }

    // ---------------------------------------------------------------- helpers

    // Instances read for display in this scope (untracked, with their variables for the guards of GetTriggersAsync): a
    // case page asks for the same instance four times (the case's version and deadlines, its documents, triggers,
    // diagram). Forgotten whenever the runtime writes, so a read after a transition in the same scope sees the new state.
    private readonly Dictionary<Guid, InstanceWithData> _read = [];

    private static readonly Func<DbContext, Guid, CancellationToken, Task<InstanceWithData?>> InstanceWithDataForReading =
        EF.CompileAsyncQuery((DbContext db, Guid id, CancellationToken _) => (
                from i in db.Set<WorkflowInstance>().AsNoTracking()
                where i.Id == id
                from d in db.Set<WorkflowInstanceData>().AsNoTracking().Where(d => d.InstanceId == i.Id).DefaultIfEmpty()
                select new InstanceWithData(i, d))
            .FirstOrDefault());

    private async Task<InstanceWithData> ReadInstanceAsync(Guid id, CancellationToken ct)
    {
        if (_read.TryGetValue(id, out var known)) return known;
        var row = await InstanceWithDataForReading(Db, id, ct) ?? throw new EntityNotFoundException(nameof(WorkflowInstance), id);
        _read[id] = row;
        return row;
    }

    private async Task<WorkflowInstance> LoadInstanceAsync(Guid id, CancellationToken ct)
        => await Db.Set<WorkflowInstance>().FirstOrDefaultAsync(i => i.Id == id, ct) ?? throw new EntityNotFoundException(nameof(WorkflowInstance), id);

    // Compiled once: on a 2-core VM EF's per-call expression processing (parameter extraction, cache lookup) cost
    // about as much as the SQLite read itself (measured with the transition benchmark's probe, see Benchmarks README).
    private static readonly Func<DbContext, Guid, CancellationToken, Task<InstanceWithData?>> InstanceWithDataById =
        EF.CompileAsyncQuery((DbContext db, Guid id, CancellationToken _) => (
                from i in db.Set<WorkflowInstance>()
                where i.Id == id
                from d in db.Set<WorkflowInstanceData>().Where(d => d.InstanceId == i.Id).DefaultIfEmpty()
                select new InstanceWithData(i, d))
            .FirstOrDefault());

    private sealed record InstanceWithData(WorkflowInstance Instance, WorkflowInstanceData? Data);

    /// <summary>The instance and its variables in one round trip (both tracked): the hot path of every fire.</summary>
    private async Task<(WorkflowInstance Instance, (WorkflowInstanceData Record, JsonObject Variables) Data)> LoadInstanceWithVariablesAsync(Guid id, CancellationToken ct)
    {
        var row = await InstanceWithDataById(Db, id, ct) ?? throw new EntityNotFoundException(nameof(WorkflowInstance), id);
        var record = row.Data ?? new WorkflowInstanceData { InstanceId = id };
        return (row.Instance, (record, ParseObject(record.VariablesJson)));
    }

    /// <summary>The instance's variables record, tracked (a new one when it has none yet), for a step that changes them.</summary>
    private async Task<(WorkflowInstanceData Record, JsonObject Variables)> LoadVariablesAsync(Guid instanceId, CancellationToken ct)
    {
        var record = await Db.Set<WorkflowInstanceData>().FirstOrDefaultAsync(d => d.InstanceId == instanceId, ct) ?? new WorkflowInstanceData { InstanceId = instanceId };
        return (record, ParseObject(record.VariablesJson));
    }

    private async Task<GuardResult?> EvaluateGuardsAsync(WorkflowInstance instance, CompiledDefinition def, TransitionModel t, WorkflowActor actor, JsonNode? payload, JsonObject variables, CancellationToken ct)
    {
        foreach (var g in t.Guards)
        {
            var guard = services.GetRequiredKeyedService<IWorkflowGuard>(g.Name);
            var result = await guard.CheckAsync(new GuardContext(instance.Id, instance.CorrelationId, def.DefinitionId, def.Version, t.Name, t.Trigger, instance.State, t.To, actor, payload, variables, GuardParameters.From(g)), ct);
            if (!result.Passed) return result;
        }
        return null;
    }

    private async Task RunActionAsync(string name, ActionContext context, CancellationToken ct)
        => await services.GetRequiredKeyedService<IWorkflowAction>(name).ExecuteAsync(context, ct);

    /// <summary>Cancels open tasks and pending deadlines. Given the state being left, skips the queries for work it cannot have (tasks and deadlines only ever exist for states that declare them).</summary>
    private async Task CloseStateWorkAsync(Guid instanceId, CancellationToken ct, StateModel? leaving = null)
    {
        if (leaving is null || leaving.HumanTasks.Count > 0)
            foreach (var t in await Db.Set<WorkflowHumanTask>().Where(t => t.InstanceId == instanceId && t.Status == HumanTaskStatus.Open).ToListAsync(ct))
            {
                t.Status = HumanTaskStatus.Cancelled;
                t.Version++;
            }
        if (leaving is null || leaving.Deadlines.Count > 0)
            foreach (var b in await Db.Set<WorkflowBookmark>().Where(b => b.InstanceId == instanceId && b.Status == BookmarkStatus.Pending).ToListAsync(ct))
                b.Status = BookmarkStatus.Cancelled;
    }

    private void CreateStateWork(WorkflowInstance instance, StateModel state, DateTime now, (IReadOnlyList<string> Tasks, IReadOnlyList<string> Deadlines)? only)
    {
        foreach (var h in state.HumanTasks.Where(h => only is null || only.Value.Tasks.Contains(h.Name)))
            Db.Add(new WorkflowHumanTask
            {
                Id = Guid.NewGuid(), InstanceId = instance.Id, CorrelationId = instance.CorrelationId, Name = h.Name, State = state.Name,
                AssigneeRole = h.User is null ? h.Role : null, AssigneeUserId = h.User, DueAtUtc = calendar.AddDuration(now, h.Due),
                Status = HumanTaskStatus.Open, CreatedAtUtc = now, Version = 1,
            });
        foreach (var d in state.Deadlines.Where(d => only is null || only.Value.Deadlines.Contains(d.Name)))
            Db.Add(new WorkflowBookmark
            {
                Id = Guid.NewGuid(), InstanceId = instance.Id, Kind = BookmarkKind.Deadline, Name = d.Name, State = state.Name,
                DueAtUtc = calendar.AddDuration(now, d.Duration), Status = BookmarkStatus.Pending, CreatedAtUtc = now,
            });
    }

    private void Touch(WorkflowInstance instance)
    {
        instance.Version++;
        instance.UpdatedAtUtc = Now;
    }

    private void AddJournal(WorkflowInstance instance, string kind, WorkflowActor actor, string? from, string? to, string? trigger, string? payloadJson, long startedTimestamp)
        => Db.Add(NewJournalEntry(instance, kind, actor, from, to, trigger, payloadJson, startedTimestamp));

    private WorkflowJournalEntry NewJournalEntry(WorkflowInstance instance, string kind, WorkflowActor actor, string? from, string? to, string? trigger, string? payloadJson, long startedTimestamp)
        => new()
        {
            InstanceId = instance.Id, Sequence = instance.Version, OccurredAtUtc = Now, Kind = kind, ActorId = actor.UserId, ActorName = actor.DisplayName,
            FromState = from, ToState = to, Trigger = trigger, PayloadJson = payloadJson, PayloadSummary = Summarize(payloadJson),
            DurationMs = Stopwatch.GetElapsedTime(startedTimestamp).TotalMilliseconds,
        };

    private async Task SaveAsync(Guid instanceId, CancellationToken ct)
    {
        _read.Clear();
        try
        {
            await Db.SaveChangesAsync(ct);
        }
        catch (DbUpdateConcurrencyException)
        {
            throw new ConcurrencyConflictException($"WorkflowInstance {instanceId}");
        }
        catch (DbUpdateException ex) when (ex.Entries.Any(e => e.Entity is WorkflowJournalEntry))
        {
            // The journal's unique (instance, sequence) caught a second writer of the same version.
            throw new ConcurrencyConflictException($"WorkflowInstance {instanceId}");
        }
    }

    private async Task<Guid> RecordIncidentAsync(Guid instanceId, string from, string trigger, string? action, Exception ex, string? payloadJson, WorkflowActor actor, Guid? existing, CancellationToken ct)
    {
        // Whatever the failed step (and the caller) staged is discarded; only the incident is saved.
        Db.ChangeTracker.Clear();
        _read.Clear();
        WorkflowIncident? incident = existing is { } id ? await Db.Set<WorkflowIncident>().FirstOrDefaultAsync(i => i.Id == id, ct) : null;
        if (incident is null)
        {
            incident = new WorkflowIncident
            {
                Id = Guid.NewGuid(), InstanceId = instanceId, Kind = "Transition", Trigger = trigger, FromState = from, ActionName = action,
                PayloadJson = payloadJson, ActorId = actor.UserId, OccurredAtUtc = Now, Status = IncidentStatus.Open,
            };
            Db.Add(incident);
        }
        incident.Attempts++;
        incident.ErrorType = Truncate(ex.GetType().FullName ?? ex.GetType().Name, 512);
        incident.Message = Truncate(ex.Message, 4000);
        await Db.SaveChangesAsync(ct);
        return incident.Id;
    }

    internal static string Truncate(string text, int max) => text.Length <= max ? text : text[..max];

    private static string? Summarize(string? json) => json is null ? null : Truncate(json.ReplaceLineEndings(" "), 200);

    private static JsonNode? ParseNode(string? json) => string.IsNullOrWhiteSpace(json) ? null : JsonNode.Parse(json);

    private static JsonObject ParseObject(string? json)
        => string.IsNullOrWhiteSpace(json) ? new JsonObject()
            : JsonNode.Parse(json) as JsonObject ?? throw new InputValidationException("input", "a JSON object is expected");

    private static WorkflowInstanceInfo ToInfo(WorkflowInstance i)
        => new(i.Id, i.DefinitionId, i.DefinitionVersion, i.CorrelationId, i.State, i.Status, i.Version, i.CreatedAtUtc, i.UpdatedAtUtc);
}

/// <summary>An action failed inside a step whose transaction the caller (the timer service) owns.</summary>
internal sealed class StepFailedException(string? action, Exception inner) : Exception(inner.Message, inner)
{
    public string? ActionName { get; } = action;
}
