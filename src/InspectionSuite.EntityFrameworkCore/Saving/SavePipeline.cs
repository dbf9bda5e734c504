namespace InspectionSuite.EntityFrameworkCore;

/// <summary>
/// The save-time concerns of <see cref="InspectionSuiteDbContext"/>, in the one order they run (EF calls interceptors in
/// the order they are added, before and after the write alike). Every context the application builds gets them here.
/// </summary>
public static class SavePipeline
{
    /// <summary>
    /// The order is part of the contract: soft deletes become updates before the audit fields stamp updates; entity audit
    /// describes the stamped changes (a soft delete included); notifications follow entity audit (they are bookkeeping, not
    /// audited changes); the viewer read model sees the soft deletes; the chain seals every audit record of the save, so it
    /// comes after entity audit and the request record. Everything before <see cref="FirstWritesInterceptor"/> runs before the
    /// save's transaction is opened (on SQLite, before it holds the write lock).
    /// </summary>
    public static IReadOnlyList<IInterceptor> Interceptors { get; } =
    [
        SoftDeleteInterceptor.Instance,
        AuditFieldsInterceptor.Instance,
        EntityChangeAuditInterceptor.Instance,
        RequestAuditInterceptor.Instance,
        NotificationInterceptor.Instance,
        CaseViewerInterceptor.Instance,
        FirstWritesInterceptor.Instance, // opens the transaction (the write lock) only now, when everything above has prepared the save
        AuditChainInterceptor.Instance,
        CommittedChangesInterceptor.Instance, // after the write: in-memory read models (the inbox's facet counts) are read again
    ];

    public static DbContextOptionsBuilder<TContext> AddSavePipeline<TContext>(this DbContextOptionsBuilder<TContext> options) where TContext : DbContext
        => options.AddInterceptors(Interceptors);

    public static DbContextOptionsBuilder AddSavePipeline(this DbContextOptionsBuilder options) => options.AddInterceptors(Interceptors);
}
