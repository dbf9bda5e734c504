namespace InspectionSuite.Workflows.Timers;

/// <summary>
/// What an expired deadline does: fire its escalation trigger, or run its escalation actions and flag the state's open
/// tasks overdue. Called by <see cref="WorkflowTimerService"/> inside its claim transaction, so a failure here is
/// thrown (<see cref="StepFailedException"/>) for the timer to roll back and record, never saved as an incident here.
/// </summary>
internal sealed class DeadlineExpiry(WorkflowInstanceStore store, WorkflowDefinitionService definitions, WorkflowComponents components, TransitionStep step)
{
    private DbContext Db => store.Db;

    /// <summary>Runs an expired deadline's escalation or trigger. Saves through the DbContext; the caller owns the transaction. Returns the notice to send after commit.</summary>
    public async Task<OverdueNotice?> ExpireAsync(Guid bookmarkId, CancellationToken ct)
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
            await step.RunAsync(instance, def, trigger, WorkflowActor.System, payload, TransitionOptions.ByDeadline, ct);
            return null;
        }

        var data = await store.LoadVariablesAsync(instance.Id, ct);
        string? running = null;
        try
        {
            foreach (var name in deadline.Escalation.Actions ?? [])
            {
                running = name;
                await components.RunActionAsync(name, new ActionContext(instance.Id, instance.CorrelationId, def.DefinitionId, def.Version, instance.State, ActionPhase.Escalation, null, WorkflowActor.System, WorkflowText.ParseNode(payload), data.Variables), ct);
            }
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            throw new StepFailedException(running, ex);
        }
        // Only the state's tasks due by this deadline (tasks and deadlines of a state are timed from the same instant): a
        // state with several limits (thanh-tra v3 Concluding: the draft's 5 working days, the appraisal's 10, the
        // signature's 15 calendar days) must not show the appraiser and the leader late when the draft's deadline passes.
        // A task due later is flagged by its own due date (WorkflowTimerService).
        var tasks = await Db.Set<WorkflowHumanTask>().Where(t => t.InstanceId == instance.Id && t.Status == HumanTaskStatus.Open && t.State == instance.State
            && t.DueAtUtc <= bookmark.DueAtUtc).ToListAsync(ct);
        foreach (var t in tasks) t.IsOverdue = true;
        data.Record.VariablesJson = data.Variables.ToJsonString();
        store.Touch(instance);
        store.AddJournal(instance, JournalKind.Escalation, WorkflowActor.System, instance.State, instance.State, deadline.Name, payload, started);
        await store.SaveAsync(instance.Id, ct);
        var recipients = deadline.Escalation.Notify is { Count: > 0 } n ? n : tasks.Select(t => t.AssigneeUserId ?? t.AssigneeRole!).Distinct().ToList();
        return new OverdueNotice(instance.Id, instance.CorrelationId, instance.DefinitionId, instance.State, deadline.Name, bookmark.DueAtUtc, recipients);
    }
}
