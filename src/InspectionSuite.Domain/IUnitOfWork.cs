namespace InspectionSuite;

/// <summary>Commits everything tracked in the current scope in one transaction.</summary>
public interface IUnitOfWork
{
    Task SaveChangesAsync(CancellationToken ct = default);
    Task<T> InTransactionAsync<T>(Func<Task<T>> work, CancellationToken ct = default);
    /// <summary>Forgets every change and loaded entity of the scope (after a lost race, before loading again).</summary>
    void DiscardChanges();
}
