using System.Data.Common;

namespace InspectionSuite.EntityFrameworkCore;

/// <summary>
/// Moves <see cref="CommittedChanges.Version"/> after every save and every committed transaction (a save inside an
/// explicit transaction is visible to other connections only at the commit, so both count).
/// </summary>
internal sealed class CommittedChangesInterceptor : DbTransactionInterceptor, ISaveChangesInterceptor
{
    public static readonly CommittedChangesInterceptor Instance = new();

    public int SavedChanges(SaveChangesCompletedEventData eventData, int result)
    {
        CommittedChanges.Bump();
        return result;
    }

    public ValueTask<int> SavedChangesAsync(SaveChangesCompletedEventData eventData, int result, CancellationToken cancellationToken = default)
    {
        CommittedChanges.Bump();
        return ValueTask.FromResult(result);
    }

    public override void TransactionCommitted(DbTransaction transaction, TransactionEndEventData eventData) => CommittedChanges.Bump();

    public override Task TransactionCommittedAsync(DbTransaction transaction, TransactionEndEventData eventData, CancellationToken cancellationToken = default)
    {
        CommittedChanges.Bump();
        return Task.CompletedTask;
    }
}
