namespace InspectionSuite.EntityFrameworkCore;

/// <summary>
/// One save-time concern of <see cref="InspectionSuiteDbContext"/> (the shape of Clean Architecture's
/// AuditableEntityInterceptor): stateless, one instance for every pooled context, reading the scope's user, clock and
/// audit context from the context and the save's state from <see cref="SaveOperation"/>. The context's SaveChanges always
/// runs EF's asynchronous save (the synchronous one waits on it), so a concern is written once, asynchronously.
/// </summary>
internal abstract class SaveConcernInterceptor : SaveChangesInterceptor
{
    /// <summary>Work done once per SaveChanges call, before its first attempt (a retry keeps what it did: changes stay tracked).</summary>
    protected virtual ValueTask BeforeFirstAttemptAsync(InspectionSuiteDbContext db, SaveOperation save, CancellationToken ct) => default;

    /// <summary>Work done before every attempt, inside the attempt's transaction when there is one.</summary>
    protected virtual ValueTask BeforeEachAttemptAsync(InspectionSuiteDbContext db, SaveOperation save, CancellationToken ct) => default;

    /// <summary>Work done after EF wrote the rows, before the commit: a failure here rolls the whole attempt back.</summary>
    protected virtual ValueTask AfterWriteAsync(InspectionSuiteDbContext db, SaveOperation save, CancellationToken ct) => default;

    public sealed override async ValueTask<InterceptionResult<int>> SavingChangesAsync(DbContextEventData eventData, InterceptionResult<int> result, CancellationToken cancellationToken = default)
    {
        if (eventData.Context is InspectionSuiteDbContext { CurrentSave: { } save } db)
        {
            if (save.IsFirstAttempt) await BeforeFirstAttemptAsync(db, save, cancellationToken);
            await BeforeEachAttemptAsync(db, save, cancellationToken);
        }
        return result;
    }

    public sealed override async ValueTask<int> SavedChangesAsync(SaveChangesCompletedEventData eventData, int result, CancellationToken cancellationToken = default)
    {
        if (eventData.Context is InspectionSuiteDbContext { CurrentSave: { } save } db) await AfterWriteAsync(db, save, cancellationToken);
        return result;
    }

    public sealed override InterceptionResult<int> SavingChanges(DbContextEventData eventData, InterceptionResult<int> result)
        => SavingChangesAsync(eventData, result).AsTask().GetAwaiter().GetResult();

    public sealed override int SavedChanges(SaveChangesCompletedEventData eventData, int result)
        => SavedChangesAsync(eventData, result).AsTask().GetAwaiter().GetResult();
}
