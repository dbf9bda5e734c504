namespace InspectionSuite.EntityFrameworkCore;

/// <summary>
/// Seals the pending audit records (the request's and <see cref="EntityChangeAuditInterceptor"/>'s) onto the end of the
/// hash chain and adds them to the save, before every attempt: a retry after losing the sequence race re-reads the end.
/// </summary>
/// <remarks>
/// The chain needs a gap-free sequence and another app instance may append at the same time, so the end is read inside a
/// transaction: on SQLite BEGIN IMMEDIATE holds the write lock from this read to the commit. On SQL Server the primary key
/// refuses a duplicate sequence; the context's retry loop then re-runs the attempt (<see cref="SaveFailures.IsTransient"/>).
/// </remarks>
internal sealed class AuditChainInterceptor : SaveConcernInterceptor
{
    public static readonly AuditChainInterceptor Instance = new();

    protected override async ValueTask BeforeEachAttemptAsync(InspectionSuiteDbContext db, SaveOperation save, CancellationToken ct)
    {
        if (!AuditChainWriter.HasPending(db)) return;
        await save.EnsureTransactionAsync(ct);
        await AuditChainWriter.ChainPendingAsync(db, ct);
    }
}
