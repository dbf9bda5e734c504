using System.Runtime.CompilerServices;
using Microsoft.EntityFrameworkCore.Metadata;
using InspectionSuite.Workflows.Timers;

namespace InspectionSuite.Workflows.Services;

/// <summary>The human tasks and deadline bookmarks a state declares: created on entering it, cancelled on leaving it.</summary>
internal sealed class StateWork(WorkflowDbContextAccessor accessor, WorkingCalendar calendar)
{
    private DbContext Db => accessor.Context;

    /// <summary>Cancels open tasks and pending deadlines. Given the state being left, skips the queries for work it cannot have (tasks and deadlines only ever exist for states that declare them).</summary>
    public async Task CloseAsync(Guid instanceId, CancellationToken ct, StateModel? leaving = null)
    {
        var queries = OpenWorkQueries.For(Db);
        if (leaving is null || leaving.HumanTasks.Count > 0)
            foreach (var t in await queries.OpenTasks(Db, instanceId).ToListAsync(ct))
            {
                t.Status = HumanTaskStatus.Cancelled;
                t.Version++;
            }
        if (leaving is null || leaving.Deadlines.Count > 0)
            foreach (var b in await queries.PendingBookmarks(Db, instanceId).ToListAsync(ct))
                b.Status = BookmarkStatus.Cancelled;
    }

    /// <summary>
    /// What a transition leaves behind, read on every fire that leaves a state with tasks or deadlines: compiled once per
    /// model, so a fire does not build, funcletize and look up the two queries again (Benchmarks README, session 18).
    /// </summary>
    private sealed class OpenWorkQueries
    {
        private static readonly ConditionalWeakTable<IModel, OpenWorkQueries> PerModel = new();

        public static OpenWorkQueries For(DbContext db) => PerModel.GetValue(db.Model, _ => new OpenWorkQueries());

        public readonly Func<DbContext, Guid, IAsyncEnumerable<WorkflowHumanTask>> OpenTasks = EF.CompileAsyncQuery(
            (DbContext db, Guid instanceId) => db.Set<WorkflowHumanTask>().Where(t => t.InstanceId == instanceId && t.Status == HumanTaskStatus.Open));

        public readonly Func<DbContext, Guid, IAsyncEnumerable<WorkflowBookmark>> PendingBookmarks = EF.CompileAsyncQuery(
            (DbContext db, Guid instanceId) => db.Set<WorkflowBookmark>().Where(b => b.InstanceId == instanceId && b.Status == BookmarkStatus.Pending));
    }

    /// <summary>
    /// Adds the state's tasks and deadlines, due from <paramref name="now"/> in working time; with <paramref name="only"/>, just those named.
    /// Tasks opened on request are never created on entry; they are created only when named.
    /// </summary>
    public void Create(WorkflowInstance instance, StateModel state, DateTime now, (IReadOnlyList<string> Tasks, IReadOnlyList<string> Deadlines)? only = null)
    {
        foreach (var h in state.HumanTasks.Where(h => only is null ? !h.OnRequest : only.Value.Tasks.Contains(h.Name)))
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
}
