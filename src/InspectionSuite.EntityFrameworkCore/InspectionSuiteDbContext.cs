using InspectionSuite.Permissions;
using InspectionSuite.Workflows.Persistence;
using Microsoft.AspNetCore.DataProtection.EntityFrameworkCore;
using Microsoft.AspNetCore.Identity.EntityFrameworkCore;

namespace InspectionSuite.EntityFrameworkCore;

/// <summary>
/// The application's one DbContext. Provider-specific subclasses exist only so each provider keeps its own
/// migration set; code depends on this type. What a save does besides writing rows (audit fields, soft deletes, entity
/// audit, the case viewers, the audit chain) is one interceptor per concern, in the order <see cref="SavePipeline"/>
/// gives; SaveChanges itself owns the retry loop and maps a lost race to <see cref="ConcurrencyConflictException"/>.
/// </summary>
/// <remarks>
/// Pooled (AddPooledDbContextFactory): building a context per request was a steady share of every page's CPU. A pooled
/// instance serves many scopes one after the other, so everything a scope sets is set again by <see cref="BeginScope"/>
/// when the scope takes it (see DatabaseRegistration); the change tracker is reset by EF itself.
/// </remarks>
public abstract class InspectionSuiteDbContext(DbContextOptions options)
    : IdentityDbContext<AppUser, AppRole, Guid>(options), IDataProtectionKeyContext, Workflows.Persistence.ISaveOpensTransaction
{
    private List<Func<CancellationToken, Task>> firstWritesOfNextSave = [];

    private ICurrentUser currentUser = new SystemUser("unscoped");
    private TimeProvider time = TimeProvider.System;
    private AuditChainKey? chainKey;

    public DbSet<Authority> Authorities => Set<Authority>();
    public DbSet<Unit> Units => Set<Unit>();
    public DbSet<UnitSuccession> UnitSuccessions => Set<UnitSuccession>();
    public DbSet<PermissionGrant> PermissionGrants => Set<PermissionGrant>();
    public DbSet<AuditLogRecord> AuditLog => Set<AuditLogRecord>();
    public DbSet<AuditCheckpoint> AuditCheckpoints => Set<AuditCheckpoint>();
    public DbSet<DataProtectionKey> DataProtectionKeys => Set<DataProtectionKey>();
    public DbSet<Cases.InspectionCase> Cases => Set<Cases.InspectionCase>();
    public DbSet<Cases.CaseViewer> CaseViewers => Set<Cases.CaseViewer>();
    public DbSet<Cases.DocumentRequest> DocumentRequests => Set<Cases.DocumentRequest>();
    public DbSet<Cases.CaseFollowUp> CaseFollowUps => Set<Cases.CaseFollowUp>();

    public ICurrentUser CurrentUser => currentUser;
    public TimeProvider Time => time;

    /// <summary>The key that seals the audit chain (set by <see cref="BeginScope"/>; kept outside the database).</summary>
    internal AuditChainKey ChainKey => chainKey ?? throw new InvalidOperationException("The audit chain key is not set: register it with AddAuditChainKey.");

    /// <summary>Hands the context to a scope: its user, clock and audit chain key, and none of the previous scope's audit state.</summary>
    public InspectionSuiteDbContext BeginScope(ICurrentUser user, TimeProvider clock, AuditChainKey auditChainKey)
    {
        currentUser = user;
        time = clock;
        chainKey = auditChainKey;
        AuditCorrelationId = null;
        AuditClientIp = null;
        SuppressEntityChangeAudit = false;
        PendingAuditRecords.Clear();
        RequestAudit = null;
        CurrentSave = null;
        firstWritesOfNextSave.Clear();
        return this;
    }

    /// <summary>Request-scoped context for audit records (set by the web pipeline).</summary>
    public string? AuditCorrelationId { get; set; }
    public string? AuditClientIp { get; set; }

    /// <summary>Bulk loaders (the load-test generator) write one summary record instead of one per row.</summary>
    public bool SuppressEntityChangeAudit { get; set; }

    /// <summary>The process's SQLite write gate while this context holds it (<see cref="SqliteWriteGate"/>).</summary>
    internal SemaphoreSlim? HeldWriteGate { get; set; }

    /// <summary>Back to the pool (or gone): a write gate still held is given back first.</summary>
    public override void Dispose()
    {
        SqliteWriteGate.Release(this);
        base.Dispose();
    }

    public override ValueTask DisposeAsync()
    {
        SqliteWriteGate.Release(this);
        return base.DisposeAsync();
    }

    /// <summary>The scope's request record, written with the first save that writes something (<see cref="RequestAuditInterceptor"/>).</summary>
    internal PendingRequestAudit? RequestAudit { get; set; }

    /// <summary>Audit records waiting for the next save, which chains and writes them in the same transaction.</summary>
    internal List<AuditLogRecord> PendingAuditRecords { get; } = [];

    /// <summary>
    /// Forgets the tracked entities and the entity-change records a failed save described (the next attempt describes
    /// its own changes); command records appended by the caller stay for the next save.
    /// </summary>
    public void DiscardChanges()
    {
        ChangeTracker.Clear();
        PendingAuditRecords.RemoveAll(r => r.Kind == AuditRecordKind.EntityChange);
    }

    /// <summary>Runs <paramref name="write"/> first in the next save's transaction (<see cref="FirstWritesInterceptor"/>).</summary>
    public void WriteFirstInNextSave(Func<CancellationToken, Task> write) => firstWritesOfNextSave.Add(write);

    /// <summary>Appends a record to the audit chain as part of the next SaveChanges.</summary>
    public void AppendAudit(AuditLogRecord record) => PendingAuditRecords.Add(record);

    protected override void OnModelCreating(ModelBuilder builder)
    {
        base.OnModelCreating(builder);
        builder.ApplyConfigurationsFromAssembly(typeof(InspectionSuiteDbContext).Assembly);
        builder.ApplyConventionsForAggregates();
        // Workflow instances, bookmarks, tasks and journal share this database and transaction with the cases.
        builder.ConfigureWorkflowRuntime();
    }

    public override int SaveChanges(bool acceptAllChangesOnSuccess)
        => SaveChangesAsync(acceptAllChangesOnSuccess).GetAwaiter().GetResult();

    /// <summary>The save in progress, for the save interceptors (<see cref="SavePipeline"/>); null between saves.</summary>
    internal SaveOperation? CurrentSave { get; private set; }

    /// <summary>
    /// Runs EF's save through the save pipeline (<see cref="SavePipeline"/>: soft delete, audit fields, entity audit, case
    /// viewers, audit chain), commits the transaction the pipeline opened, and says what a failure means.
    /// </summary>
    /// <remarks>
    /// The retry loop is here and not an interceptor: an interceptor runs inside one attempt of EF's SaveChanges, while a
    /// retry must roll that attempt's transaction back and run the attempt again (the chain re-read in a new transaction).
    /// EF's retrying execution strategies cannot do it either: they refuse user transactions (see DatabaseRegistration).
    /// Only a save whose transaction the pipeline owns is retried; the caller's transaction is the caller's to retry.
    /// </remarks>
    public override async Task<int> SaveChangesAsync(bool acceptAllChangesOnSuccess, CancellationToken cancellationToken = default)
    {
        var outer = CurrentSave;
        IReadOnlyList<Func<CancellationToken, Task>> firstWrites = [];
        if (firstWritesOfNextSave.Count > 0) (firstWrites, firstWritesOfNextSave) = (firstWritesOfNextSave, []);
        var save = CurrentSave = new SaveOperation(this, time.GetUtcNow().UtcDateTime, firstWrites);
        // Changes are detected once per save: every concern lists ChangeTracker.Entries(), and EF would detect changes
        // again over every tracked entity (a loaded case and all its parts) on each of those calls. The concerns change
        // what they change through the entry API or by adding entities, which the tracker records without detection.
        ChangeTracker.DetectChanges();
        var autoDetect = ChangeTracker.AutoDetectChangesEnabled;
        ChangeTracker.AutoDetectChangesEnabled = false;
        try
        {
            while (true)
            {
                save.BeginAttempt();
                try
                {
                    // Changes are accepted only once the viewer rewrite (after the write) has succeeded too: a failed rewrite
                    // rolls the whole save back and leaves the tracked changes pending, as a failed save does.
                    var written = await base.SaveChangesAsync(acceptAllChangesOnSuccess: false, cancellationToken);
                    if (save.OwnedTransaction is { } transaction) await transaction.CommitAsync(cancellationToken);
                    if (acceptAllChangesOnSuccess) ChangeTracker.AcceptAllChanges();
                    PendingAuditRecords.Clear();
                    return written;
                }
                catch (DbUpdateConcurrencyException ex)
                {
                    throw new ConcurrencyConflictException(ex.Entries.FirstOrDefault()?.Metadata.ClrType.Name);
                }
                catch (DbUpdateException ex) when (save.OwnedTransaction is not null && save.Attempt < 10 && SaveFailures.IsTransient(ex, this))
                {
                    // Jitter: writers that collided must not retry in lockstep.
                    await Task.Delay(Random.Shared.Next(5, 10 + 10 * save.Attempt), cancellationToken);
                }
                catch (DbUpdateException ex) when (SaveFailures.IsUniqueViolation(ex))
                {
                    // Another request took the same unique key between our check and our save (e.g. two cases for one plan item).
                    throw new ConcurrencyConflictException(ex.Entries.FirstOrDefault()?.Metadata.ClrType.Name);
                }
                finally
                {
                    await save.EndAttemptAsync();
                }
            }
        }
        finally
        {
            ChangeTracker.AutoDetectChangesEnabled = autoDetect;
            CurrentSave = outer;
        }
    }
}
