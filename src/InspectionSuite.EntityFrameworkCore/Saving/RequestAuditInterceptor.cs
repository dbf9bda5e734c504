using System.Data.Common;

namespace InspectionSuite.EntityFrameworkCore;

/// <summary>
/// Puts the scope's request record (<see cref="PendingRequestAudit"/>) into the save, after the entity-change records and
/// before <see cref="AuditChainInterceptor"/> seals them all, so the command's change, its entity audit and its request
/// record are one transaction; and learns from the transaction's commit that the record is stored.
/// </summary>
internal sealed class RequestAuditInterceptor : SaveConcernInterceptor, IDbTransactionInterceptor
{
    public static readonly RequestAuditInterceptor Instance = new();

    protected override ValueTask BeforeFirstAttemptAsync(InspectionSuiteDbContext db, SaveOperation save, CancellationToken ct)
    {
        db.RequestAudit?.JoinSave(db);
        return default;
    }

    protected override ValueTask AfterWriteAsync(InspectionSuiteDbContext db, SaveOperation save, CancellationToken ct)
    {
        db.RequestAudit?.Written(db);
        return default;
    }

    public void TransactionCommitted(DbTransaction transaction, TransactionEndEventData eventData)
    {
        if (eventData.Context is InspectionSuiteDbContext { RequestAudit: { } pending }) pending.TransactionCommitted(transaction);
    }

    public Task TransactionCommittedAsync(DbTransaction transaction, TransactionEndEventData eventData, CancellationToken cancellationToken = default)
    {
        TransactionCommitted(transaction, eventData);
        return Task.CompletedTask;
    }
}
