using Microsoft.EntityFrameworkCore.ChangeTracking;

namespace InspectionSuite.Workflows.Services;

/// <summary>
/// Instances in the caller's DbContext, shared by the runtime's services within one scope: how an instance is loaded
/// (for a step, tracked) or read (for display, cached for the scope), how a step is journalled and saved, and how a
/// failed step leaves its incident.
/// </summary>
internal sealed class WorkflowInstanceStore(WorkflowDbContextAccessor accessor, TimeProvider time)
{
    public DbContext Db => accessor.Context;
    public DateTime Now => time.GetUtcNow().UtcDateTime;

    public sealed record InstanceWithData(WorkflowInstance Instance, WorkflowInstanceData? Data);

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

    // Compiled once: EF's per-call query processing cost as much as the read itself (Benchmarks README, "Design notes").
    private static readonly Func<DbContext, Guid, CancellationToken, Task<InstanceWithData?>> InstanceWithDataById =
        EF.CompileAsyncQuery((DbContext db, Guid id, CancellationToken _) => (
                from i in db.Set<WorkflowInstance>()
                where i.Id == id
                from d in db.Set<WorkflowInstanceData>().Where(d => d.InstanceId == i.Id).DefaultIfEmpty()
                select new InstanceWithData(i, d))
            .FirstOrDefault());

    /// <summary>The instance and its variables for display (untracked), once per scope until something is written.</summary>
    public async Task<InstanceWithData> ReadAsync(Guid id, CancellationToken ct)
    {
        if (_read.TryGetValue(id, out var known)) return known;
        var row = await InstanceWithDataForReading(Db, id, ct) ?? throw new EntityNotFoundException(nameof(WorkflowInstance), id);
        _read[id] = row;
        return row;
    }

    /// <summary>The instance, tracked, for a step that changes it.</summary>
    public async Task<WorkflowInstance> LoadAsync(Guid id, CancellationToken ct)
        => await Db.Set<WorkflowInstance>().FirstOrDefaultAsync(i => i.Id == id, ct) ?? throw new EntityNotFoundException(nameof(WorkflowInstance), id);

    /// <summary>The instance and its variables in one round trip (both tracked): the hot path of every fire.</summary>
    public async Task<(WorkflowInstance Instance, (WorkflowInstanceData Record, JsonObject Variables) Data)> LoadWithVariablesAsync(Guid id, CancellationToken ct)
    {
        var row = await InstanceWithDataById(Db, id, ct) ?? throw new EntityNotFoundException(nameof(WorkflowInstance), id);
        var record = row.Data ?? new WorkflowInstanceData { InstanceId = id };
        return (row.Instance, (record, WorkflowText.ParseObject(record.VariablesJson)));
    }

    /// <summary>The instance's variables record, tracked (a new one when it has none yet), for a step that changes them.</summary>
    public async Task<(WorkflowInstanceData Record, JsonObject Variables)> LoadVariablesAsync(Guid instanceId, CancellationToken ct)
    {
        var record = await Db.Set<WorkflowInstanceData>().FirstOrDefaultAsync(d => d.InstanceId == instanceId, ct) ?? new WorkflowInstanceData { InstanceId = instanceId };
        return (record, WorkflowText.ParseObject(record.VariablesJson));
    }

    /// <summary>A step that is not a transition (a task, an alteration, an escalation) still moves the instance's version.</summary>
    public void Touch(WorkflowInstance instance)
    {
        instance.Version++;
        instance.UpdatedAtUtc = Now;
    }

    public void AddJournal(WorkflowInstance instance, string kind, WorkflowActor actor, string? from, string? to, string? trigger, string? payloadJson, long startedTimestamp)
        => Db.Add(NewJournalEntry(instance, kind, actor, from, to, trigger, payloadJson, startedTimestamp));

    public WorkflowJournalEntry NewJournalEntry(WorkflowInstance instance, string kind, WorkflowActor actor, string? from, string? to, string? trigger, string? payloadJson, long startedTimestamp)
        => new()
        {
            InstanceId = instance.Id, Sequence = instance.Version, OccurredAtUtc = Now, Kind = kind, ActorId = actor.UserId, ActorName = actor.DisplayName,
            FromState = from, ToState = to, Trigger = trigger, PayloadJson = payloadJson, PayloadSummary = WorkflowText.Summarize(payloadJson),
            DurationMs = Stopwatch.GetElapsedTime(startedTimestamp).TotalMilliseconds,
        };

    public async Task SaveAsync(Guid instanceId, CancellationToken ct)
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

    /// <summary>
    /// One transaction: the instance's version bump and the journal row as two plain commands (<see cref="TransitionWriter"/>),
    /// then whatever else is tracked (tasks, bookmarks, variables, incidents, the caller's domain changes, audit records)
    /// through SaveChanges. The version check in the UPDATE decides concurrent fires. On SQLite the transaction is BEGIN
    /// IMMEDIATE, so it is the serialization point of every writer (the audit chain's too). Without a caller's transaction,
    /// a context that opens its own at save time (<see cref="ISaveOpensTransaction"/>) opens it after preparing the save
    /// and writes the two rows first in it; otherwise the store opens one before the save.
    /// </summary>
    /// <remarks>
    /// After the commit the written instance (and <paramref name="data"/>, when given) is what this scope reads: the
    /// caller's reply (the case with its new version and deadlines) is built from what the step holds, without reading
    /// the row it has just written (issue 19 item 7).
    /// </remarks>
    public async Task CommitTransitionAsync(WorkflowInstance instance, int expectedVersion, WorkflowJournalEntry entry, CancellationToken ct, WorkflowInstanceData? data = null)
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
        var writer = TransitionWriter.For(Db);
        if (Db is ISaveOpensTransaction save && Db.Database.CurrentTransaction is null)
        {
            // The save opens the transaction once it has prepared everything, and writes the transition first in it.
            save.WriteFirstInNextSave(async writeCt =>
            {
                if (!await writer.WriteAsync(Db, instance, expectedVersion, entry, writeCt))
                    throw new ConcurrencyConflictException($"WorkflowInstance {instance.Id}");
            });
            MarkWritten(tracked);
            await SaveAsync(instance.Id, ct);
            Remember(instance, data);
            return;
        }
        var own = Db.Database.CurrentTransaction is null ? await Db.Database.BeginTransactionAsync(ct) : null;
        try
        {
            if (!await writer.WriteAsync(Db, instance, expectedVersion, entry, ct))
                throw new ConcurrencyConflictException($"WorkflowInstance {instance.Id}");
            MarkWritten(tracked);
            // Saved even with nothing else tracked: the save also writes what the context appends to every committing
            // save (the request's audit record, sealed into the audit chain), inside this transaction.
            await SaveAsync(instance.Id, ct);
            if (own is not null) await own.CommitAsync(ct);
            if (own is not null || Db.Database.CurrentTransaction is null) Remember(instance, data);
        }
        finally
        {
            if (own is not null) await own.DisposeAsync();
        }
    }

    /// <summary>The transition writes the instance's row itself: the tracker must not write it again, and the new version becomes its original value.</summary>
    private static void MarkWritten(EntityEntry tracked)
    {
        tracked.OriginalValues.SetValues(tracked.CurrentValues);
        tracked.State = EntityState.Unchanged;
    }

    /// <summary>
    /// Keeps detached copies of a committed instance and its variables for <see cref="ReadAsync"/>: copies, so a later step
    /// of the scope that changes the tracked instance and fails cannot leave its uncommitted state here.
    /// </summary>
    private void Remember(WorkflowInstance instance, WorkflowInstanceData? data)
    {
        var copy = (WorkflowInstance)Db.Entry(instance).CurrentValues.ToObject();
        var dataCopy = data is null ? null : (WorkflowInstanceData)Db.Entry(data).CurrentValues.ToObject();
        _read[instance.Id] = new InstanceWithData(copy, dataCopy);
    }

    /// <summary>Saves the incident of a failed transition (a new one, or <paramref name="existing"/> with one more attempt) and nothing else.</summary>
    public async Task<Guid> RecordIncidentAsync(Guid instanceId, string from, string trigger, string? action, Exception ex, string? payloadJson, WorkflowActor actor, Guid? existing, CancellationToken ct)
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
        incident.ErrorType = WorkflowText.Truncate(ex.GetType().FullName ?? ex.GetType().Name, 512);
        incident.Message = WorkflowText.Truncate(ex.Message, 4000);
        await Db.SaveChangesAsync(ct);
        return incident.Id;
    }

    public static WorkflowInstanceInfo ToInfo(WorkflowInstance i)
        => new(i.Id, i.DefinitionId, i.DefinitionVersion, i.CorrelationId, i.State, i.Status, i.Version, i.CreatedAtUtc, i.UpdatedAtUtc);
}
