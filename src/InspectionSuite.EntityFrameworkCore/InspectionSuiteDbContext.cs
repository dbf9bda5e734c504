using InspectionSuite.Auditing;
using InspectionSuite.Entities;
using InspectionSuite.Identity;
using InspectionSuite.Organization;
using InspectionSuite.Permissions;
using InspectionSuite.Workflows.Persistence;
using Microsoft.AspNetCore.DataProtection.EntityFrameworkCore;
using Microsoft.AspNetCore.Identity.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;

namespace InspectionSuite.EntityFrameworkCore;

/// <summary>
/// The application's one DbContext. Provider-specific subclasses exist only so each provider keeps its own
/// migration set; code depends on this type. SaveChanges fills audit fields, turns deletes of
/// <see cref="ISoftDelete"/> rows into soft deletes, renews concurrency stamps, appends hash-chained audit
/// records for entity changes, and maps a lost optimistic-concurrency race to <see cref="ConcurrencyConflictException"/>.
/// </summary>
/// <remarks>
/// Pooled (AddPooledDbContextFactory): building a context per request was a steady share of every page's CPU. A pooled
/// instance serves many scopes one after the other, so everything a scope sets is set again by <see cref="BeginScope"/>
/// when the scope takes it (see DatabaseRegistration); the change tracker is reset by EF itself.
/// </remarks>
public abstract class InspectionSuiteDbContext(DbContextOptions options)
    : IdentityDbContext<AppUser, AppRole, Guid>(options), IDataProtectionKeyContext
{
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
        return this;
    }

    /// <summary>Request-scoped context for audit records (set by the web pipeline).</summary>
    public string? AuditCorrelationId { get; set; }
    public string? AuditClientIp { get; set; }

    /// <summary>Bulk loaders (the load-test generator) write one summary record instead of one per row.</summary>
    public bool SuppressEntityChangeAudit { get; set; }

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

    public override async Task<int> SaveChangesAsync(bool acceptAllChangesOnSuccess, CancellationToken cancellationToken = default)
    {
        var now = time.GetUtcNow().UtcDateTime;
        ApplyAuditFields(now);
        if (!SuppressEntityChangeAudit) await EntityChangeAuditor.AppendChangeRecordsAsync(this, now, cancellationToken);

        // The audit chain needs a gap-free sequence, and another app instance may append at the same time. Without a
        // caller's transaction we open one before reading the chain's end: on SQLite that is BEGIN IMMEDIATE, so the
        // write lock is held from the read to the commit and no other process can take the same number in between
        // (the kill -9 fault run showed the race as HTTP 500s). The primary key still refuses a duplicate (SQL Server's
        // read-committed read is not a lock): then we roll back, re-chain and retry.
        // The case viewers (a read model) are rewritten after the save, so the save and the rewrite need one transaction.
        var viewersOf = await CaseViewerRefresh.TouchedCasesAsync(this, cancellationToken);
        var own = (AuditChainWriter.HasPending(this) || viewersOf.Count > 0) && Database.CurrentTransaction is null;
        for (var attempt = 1; ; attempt++)
        {
            await using var transaction = own ? await Database.BeginTransactionAsync(cancellationToken) : null;
            await AuditChainWriter.ChainPendingAsync(this, cancellationToken);
            try
            {
                // Changes are accepted only once the rewrite has succeeded too: a failed rewrite rolls the whole save back
                // and leaves the tracked changes pending, as a failed save does.
                var written = await base.SaveChangesAsync(acceptAllChangesOnSuccess: false, cancellationToken);
                await CaseViewerRefresh.RewriteAsync(this, viewersOf, cancellationToken);
                if (transaction is not null) await transaction.CommitAsync(cancellationToken);
                if (acceptAllChangesOnSuccess) ChangeTracker.AcceptAllChanges();
                PendingAuditRecords.Clear();
                return written;
            }
            catch (DbUpdateConcurrencyException ex)
            {
                throw new ConcurrencyConflictException(ex.Entries.FirstOrDefault()?.Metadata.ClrType.Name);
            }
            catch (DbUpdateException ex) when (own && attempt < 10 && SaveFailures.IsTransient(ex, this))
            {
                // Jitter: writers that collided must not retry in lockstep.
                await Task.Delay(Random.Shared.Next(5, 10 + 10 * attempt), cancellationToken);
            }
            catch (DbUpdateException ex) when (SaveFailures.IsUniqueViolation(ex))
            {
                // Another request took the same unique key between our check and our save (e.g. two cases for one plan item).
                throw new ConcurrencyConflictException(ex.Entries.FirstOrDefault()?.Metadata.ClrType.Name);
            }
        }
    }

    private void ApplyAuditFields(DateTime now)
    {
        foreach (var entry in ChangeTracker.Entries().ToList())
        {
            switch (entry.State)
            {
                case EntityState.Added:
                    if (entry.Entity is IAuditedObject)
                    {
                        SetIfDefault(entry, nameof(IAuditedObject.CreationTime), now);
                        SetIfNull(entry, nameof(IAuditedObject.CreatorId), currentUser.Id);
                    }
                    if (entry.Entity is IHasConcurrencyStamp) entry.Property(nameof(IHasConcurrencyStamp.ConcurrencyStamp)).CurrentValue ??= NewStamp();
                    break;
                case EntityState.Modified:
                    Touch(entry, now);
                    break;
                case EntityState.Deleted when entry.Entity is ISoftDelete:
                    entry.State = EntityState.Modified;
                    entry.Property(nameof(ISoftDelete.IsDeleted)).CurrentValue = true;
                    entry.Property(nameof(ISoftDelete.DeletionTime)).CurrentValue = now;
                    entry.Property(nameof(ISoftDelete.DeleterId)).CurrentValue = currentUser.Id;
                    Touch(entry, now);
                    break;
            }
        }
    }

    private void Touch(EntityEntry entry, DateTime now)
    {
        if (entry.Entity is IAuditedObject)
        {
            entry.Property(nameof(IAuditedObject.LastModificationTime)).CurrentValue = now;
            entry.Property(nameof(IAuditedObject.LastModifierId)).CurrentValue = currentUser.Id;
        }
        if (entry.Entity is IHasConcurrencyStamp)
            entry.Property(nameof(IHasConcurrencyStamp.ConcurrencyStamp)).CurrentValue = NewStamp();
    }

    private static string NewStamp() => Guid.NewGuid().ToString("N");

    private static void SetIfDefault(EntityEntry entry, string property, DateTime value)
    {
        var p = entry.Property(property);
        if (p.CurrentValue is DateTime d && d == default) p.CurrentValue = value;
    }

    private static void SetIfNull(EntityEntry entry, string property, Guid? value)
    {
        var p = entry.Property(property);
        if (p.CurrentValue is null) p.CurrentValue = value;
    }
}
