namespace InspectionSuite.EntityFrameworkCore;

public sealed class EfRepository<TEntity>(InspectionSuiteDbContext db) : IRepository<TEntity> where TEntity : class
{
    private DbSet<TEntity> Set => db.Set<TEntity>();

    public IQueryable<TEntity> Query() => Set;
    public IQueryable<TEntity> QueryIncludingDeleted() => Set.IncludingDeleted();

    public async Task<TEntity?> FindAsync(Guid id, CancellationToken ct = default)
    {
        var entity = await Set.FindAsync([id], ct);
        // FindAsync bypasses query filters for already-tracked rows; keep soft-deleted rows invisible.
        return entity is ISoftDelete { IsDeleted: true } ? null : entity;
    }

    public async Task<TEntity> GetAsync(Guid id, CancellationToken ct = default)
        => await FindAsync(id, ct) ?? throw new EntityNotFoundException(typeof(TEntity).Name, id);

    public async Task InsertAsync(TEntity entity, CancellationToken ct = default) => await Set.AddAsync(entity, ct);
    public Task InsertManyAsync(IEnumerable<TEntity> entities, CancellationToken ct = default) => Set.AddRangeAsync(entities, ct);
    public void Delete(TEntity entity) => Set.Remove(entity);

    public void ExpectConcurrencyStamp(TEntity entity, string? concurrencyStamp)
    {
        if (entity is not IHasConcurrencyStamp || string.IsNullOrEmpty(concurrencyStamp)) return;
        db.Entry(entity).Property(nameof(IHasConcurrencyStamp.ConcurrencyStamp)).OriginalValue = concurrencyStamp;
    }

    public Task<List<T>> ToListAsync<T>(IQueryable<T> query, CancellationToken ct = default) => query.ToListAsync(ct);
    public Task<int> CountAsync<T>(IQueryable<T> query, CancellationToken ct = default) => query.CountAsync(ct);
    public Task<int> CountUpToAsync<T>(IQueryable<T> query, int limit, CancellationToken ct = default) => query.Take(limit).CountAsync(ct);
    public Task<T?> FirstOrDefaultAsync<T>(IQueryable<T> query, CancellationToken ct = default) => query.FirstOrDefaultAsync(ct);
    public Task<bool> AnyAsync<T>(IQueryable<T> query, CancellationToken ct = default) => query.AnyAsync(ct);
}
