namespace InspectionSuite.EntityFrameworkCore;

/// <summary>
/// Appends one audit record per changed entity (<see cref="EntityChangeAuditor"/>) to the context's pending records, once
/// per save and after the audit fields and soft deletes are applied (a soft delete is recorded as one). Must run before
/// <see cref="AuditChainInterceptor"/>, which seals and writes the pending records in the same transaction.
/// </summary>
internal sealed class EntityChangeAuditInterceptor : SaveConcernInterceptor
{
    public static readonly EntityChangeAuditInterceptor Instance = new();

    protected override async ValueTask BeforeFirstAttemptAsync(InspectionSuiteDbContext db, SaveOperation save, CancellationToken ct)
    {
        // Bulk loaders (the load-test generator) write one summary record instead of one per row.
        if (!db.SuppressEntityChangeAudit) await EntityChangeAuditor.AppendChangeRecordsAsync(db, save.Now, ct);
    }
}
