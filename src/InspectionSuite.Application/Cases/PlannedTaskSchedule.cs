using InspectionSuite.Workflows.Timers;

namespace InspectionSuite.Cases;

/// <summary>
/// The tasks of a planned case count from the start of the period the plan sets for it, not from the day the plan was
/// approved: approving next year's plan in December used to put every "issue the decision" task 10 working days after
/// the approval. The runtime dates a new task from "now" (its start); a planned case's open tasks are then dated again
/// from the planned start, with the same durations from the workflow definition. A start already past changes nothing.
/// </summary>
public sealed class PlannedTaskSchedule(IRepository<WorkflowHumanTask> tasks, IWorkflowInstanceQueries workflows, WorkflowDefinitionService definitions,
    WorkingCalendar calendar, WorkflowRuntimeOptions options, IUnitOfWork uow, TimeProvider time)
{
    /// <summary>
    /// Dates the instance's open tasks from <paramref name="plannedStart"/> (the plan item's planned month or quarter,
    /// <see cref="Planning.PlannedPeriod"/>) with the durations the definition declares.
    /// </summary>
    public async Task DateFromPlannedStartAsync(Guid instanceId, DateOnly plannedStart, CancellationToken ct)
    {
        var startUtc = DateTime.SpecifyKind(plannedStart.ToDateTime(TimeOnly.MinValue) - options.CalendarUtcOffset, DateTimeKind.Utc);
        if (startUtc <= time.GetUtcNow().UtcDateTime) return;
        var instance = await workflows.GetInstanceAsync(instanceId, ct);
        var definition = await definitions.GetPublishedAsync(instance.DefinitionId, instance.DefinitionVersion, ct);
        var open = await tasks.ToListAsync(tasks.Query().Where(t => t.InstanceId == instanceId && t.Status == HumanTaskStatus.Open), ct);
        foreach (var task in open)
            if (definition.Model.States.FirstOrDefault(s => s.Name == task.State)?.HumanTasks.FirstOrDefault(h => h.Name == task.Name) is { } declared)
                task.DueAtUtc = calendar.AddDuration(startUtc, declared.Due);
        await uow.SaveChangesAsync(ct);
    }
}
