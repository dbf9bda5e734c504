using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;

namespace InspectionSuite.Workflows.Timers;

/// <summary>
/// Processes due deadline bookmarks. Exactly once across hosts sharing a database: each bookmark is claimed by a
/// conditional UPDATE (Pending → Done) inside the same transaction as its effect, so a second host's claim
/// matches no row, and a failed effect rolls the claim back. Nothing is held in memory, so a timer that fell
/// due while no host ran is simply found due at the next pass.
/// </summary>
public sealed class WorkflowTimerService(IServiceScopeFactory scopes, TimeProvider time, WorkflowRuntimeOptions options, IWorkflowNotifier notifier, ILogger<WorkflowTimerService>? logger = null)
{
    private readonly ILogger _log = (ILogger?)logger ?? NullLogger.Instance;

    /// <summary>Runs every timer due now; returns how many this host processed.</summary>
    public async Task<int> RunDueTimersAsync(CancellationToken ct)
    {
        var now = time.GetUtcNow().UtcDateTime;
        List<Guid> due;
        await using (var scope = scopes.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<WorkflowDbContextAccessor>().Context;
            due = await db.Set<WorkflowBookmark>().AsNoTracking()
                .Where(b => b.Status == BookmarkStatus.Pending && b.DueAtUtc <= now)
                .OrderBy(b => b.DueAtUtc).Select(b => b.Id).Take(200).ToListAsync(ct);
            await FlagOverdueTasksAsync(db, now, ct);
        }
        var processed = 0;
        foreach (var id in due)
        {
            ct.ThrowIfCancellationRequested();
            if (await ProcessAsync(id, now, ct)) processed++;
        }
        return processed;
    }

    /// <summary>
    /// Tasks carry their own due date; flagging is idempotent, so no claim is needed. In a transaction, so the SQLite write
    /// gate queues it with the commands instead of it waiting for the lock in SQLite's busy handler.
    /// </summary>
    private static async Task FlagOverdueTasksAsync(DbContext db, DateTime now, CancellationToken ct)
    {
        await using var tx = await db.Database.BeginTransactionAsync(ct);
        // EF.Parameter: "IsOverdue" = @p lets SQLite seek the (Status, IsOverdue, DueAtUtc) index; !t.IsOverdue would be NOT "IsOverdue", which it cannot.
        await db.Set<WorkflowHumanTask>()
            .Where(t => t.Status == HumanTaskStatus.Open && t.IsOverdue == EF.Parameter(false) && t.DueAtUtc <= now)
            .ExecuteUpdateAsync(s => s.SetProperty(t => t.IsOverdue, true), ct);
        await tx.CommitAsync(ct);
    }

    private async Task<bool> ProcessAsync(Guid bookmarkId, DateTime now, CancellationToken ct)
    {
        OverdueNotice? notice;
        await using (var scope = scopes.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<WorkflowDbContextAccessor>().Context;
            var expiry = scope.ServiceProvider.GetRequiredService<DeadlineExpiry>();
            await using var tx = await db.Database.BeginTransactionAsync(ct);
            var claimed = await db.Set<WorkflowBookmark>()
                .Where(b => b.Id == bookmarkId && b.Status == BookmarkStatus.Pending)
                .ExecuteUpdateAsync(s => s
                    .SetProperty(b => b.Status, BookmarkStatus.Done)
                    .SetProperty(b => b.ProcessedBy, options.HostId)
                    .SetProperty(b => b.ProcessedAtUtc, now), ct);
            if (claimed == 0)
            {
                await tx.RollbackAsync(ct);
                return false; // another host got it first
            }
            try
            {
                notice = await expiry.ExpireAsync(bookmarkId, ct);
                await tx.CommitAsync(ct);
            }
            catch (ConcurrencyConflictException)
            {
                await tx.RollbackAsync(CancellationToken.None);
                return false; // the instance moved meanwhile; the bookmark is Pending again and is re-checked next pass
            }
            catch (Exception ex) when (ex is not OperationCanceledException)
            {
                await tx.RollbackAsync(CancellationToken.None);
                await RecordTimerIncidentAsync(bookmarkId, ex, ct);
                return false;
            }
        }
        if (notice is not null)
        {
            try { await notifier.NotifyOverdueAsync(notice, ct); }
            catch (Exception ex) when (ex is not OperationCanceledException) { _log.LogError(ex, "Overdue notice for {Instance}/{Deadline} failed", notice.InstanceId, notice.Deadline); }
        }
        return true;
    }

    private async Task RecordTimerIncidentAsync(Guid bookmarkId, Exception ex, CancellationToken ct)
    {
        var cause = ex is StepFailedException { InnerException: { } inner } ? inner : ex;
        _log.LogError(cause, "Workflow timer {Bookmark} failed", bookmarkId);
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<WorkflowDbContextAccessor>().Context;
        await using var tx = await db.Database.BeginTransactionAsync(ct);
        var faulted = await db.Set<WorkflowBookmark>().Where(b => b.Id == bookmarkId && b.Status == BookmarkStatus.Pending)
            .ExecuteUpdateAsync(s => s.SetProperty(b => b.Status, BookmarkStatus.Faulted).SetProperty(b => b.ProcessedBy, options.HostId), ct);
        if (faulted == 0) { await tx.RollbackAsync(ct); return; }
        var bookmark = await db.Set<WorkflowBookmark>().AsNoTracking().FirstAsync(b => b.Id == bookmarkId, ct);
        db.Add(new WorkflowIncident
        {
            Id = Guid.NewGuid(), InstanceId = bookmark.InstanceId, Kind = "Timer", BookmarkId = bookmarkId, FromState = bookmark.State, Trigger = bookmark.Name,
            ActionName = (ex as StepFailedException)?.ActionName, ErrorType = WorkflowText.Truncate(cause.GetType().FullName ?? "", 512),
            Message = WorkflowText.Truncate(cause.Message, 4000), ActorId = WorkflowActor.System.UserId, Attempts = 1,
            Status = IncidentStatus.Open, OccurredAtUtc = time.GetUtcNow().UtcDateTime,
        });
        await db.SaveChangesAsync(ct);
        await tx.CommitAsync(ct);
    }
}
