namespace InspectionSuite;

/// <summary>
/// Generic repository over one aggregate. <see cref="Query"/> composes LINQ; the async terminal operators live
/// here (like ABP's IAsyncQueryableExecuter) so the application layer does not depend on EF Core.
/// </summary>
public interface IRepository<TEntity> where TEntity : class
{
    IQueryable<TEntity> Query();
    /// <summary>Query without the soft-delete filter (admins only).</summary>
    IQueryable<TEntity> QueryIncludingDeleted();
    Task<TEntity?> FindAsync(Guid id, CancellationToken ct = default);
    Task<TEntity> GetAsync(Guid id, CancellationToken ct = default);
    Task InsertAsync(TEntity entity, CancellationToken ct = default);
    Task InsertManyAsync(IEnumerable<TEntity> entities, CancellationToken ct = default);
    /// <summary>Soft-deletes when the entity supports it.</summary>
    void Delete(TEntity entity);
    /// <summary>Declares the stamp the caller read; saving then fails with a conflict when someone saved in between.</summary>
    void ExpectConcurrencyStamp(TEntity entity, string? concurrencyStamp);
    Task<List<T>> ToListAsync<T>(IQueryable<T> query, CancellationToken ct = default);
    Task<int> CountAsync<T>(IQueryable<T> query, CancellationToken ct = default);
    /// <summary>Counts at most <paramref name="limit"/> rows: the database stops there.</summary>
    Task<int> CountUpToAsync<T>(IQueryable<T> query, int limit, CancellationToken ct = default);
    Task<T?> FirstOrDefaultAsync<T>(IQueryable<T> query, CancellationToken ct = default);
    Task<bool> AnyAsync<T>(IQueryable<T> query, CancellationToken ct = default);
}
