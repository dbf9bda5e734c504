using Microsoft.EntityFrameworkCore.Storage;

namespace InspectionSuite.EntityFrameworkCore;

/// <summary>
/// The request record of one scope (<see cref="IRequestAudit"/>) on its way into the audit chain: described when the
/// first save that writes something takes it, written by that save, and committed with that save's transaction (the
/// command's own or the caller's). A save that fails keeps it pending for the next save; a transaction that ends without
/// commit (a failure after the write) leaves it to be described again by a later save.
/// </summary>
internal sealed class PendingRequestAudit(Func<AuditLogRecord> describe)
{
    private AuditLogRecord? record;
    private IDbContextTransaction? writtenIn;

    public bool Committed { get; private set; }

    /// <summary>Before a save's first attempt: adds the record unless it is already pending or written in the open transaction.</summary>
    public void JoinSave(InspectionSuiteDbContext db)
    {
        if (Committed) return;
        if (writtenIn is not null && db.Database.CurrentTransaction == writtenIn) return;
        writtenIn = null;
        if (record is not null && db.PendingAuditRecords.Contains(record)) return;
        // Only a save that writes something carries it: an empty save outside a transaction commits nothing.
        if (!db.ChangeTracker.HasChanges() && db.PendingAuditRecords.Count == 0 && db.Database.CurrentTransaction is null) return;
        record = describe();
        db.PendingAuditRecords.Add(record);
    }

    /// <summary>After EF wrote a save's rows: notes the transaction the record was written in.</summary>
    public void Written(InspectionSuiteDbContext db)
    {
        if (Committed || record is null) return;
        if (db.Entry(record).State == EntityState.Added) writtenIn = db.Database.CurrentTransaction;
    }

    /// <summary>A transaction of the scope committed: if it is the one that wrote the record, the record is committed.</summary>
    public void TransactionCommitted(System.Data.Common.DbTransaction transaction)
    {
        if (writtenIn is not null && writtenIn.GetDbTransaction() == transaction) Committed = true;
    }
}
