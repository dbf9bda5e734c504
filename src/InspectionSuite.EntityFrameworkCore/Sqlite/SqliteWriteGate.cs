using System.Collections.Concurrent;
using System.Data.Common;
using Microsoft.Extensions.Logging;

namespace InspectionSuite.EntityFrameworkCore;

/// <summary>
/// The one serialization point of this process's SQLite writers, in front of the database's write lock: a transaction
/// (BEGIN IMMEDIATE, every write here runs in one) first waits here, asynchronously and in arrival order, and gives way
/// at its commit or rollback. The lock is then held only for the writes of one command at a time (the transition's
/// UPDATE and INSERT, the save's rows, the audit chain's end read and append), never while a writer sleeps for it.
/// </summary>
/// <remarks>
/// Why: SQLite's busy handler sleeps on the calling thread while waiting for the lock, so concurrent writers in one process
/// slept instead of writing. Held per context, given back at commit/rollback/disposal; after <see cref="MaxWait"/> a writer
/// falls back to the busy timeout. SQLite only. Measurements: test/InspectionSuite.Benchmarks/README.md ("Design notes").
/// </remarks>
public sealed class SqliteWriteGate : DbTransactionInterceptor
{
    public static readonly SqliteWriteGate Instance = new();

    private static readonly ConcurrentDictionary<string, SemaphoreSlim> Gates = new(StringComparer.Ordinal);

    /// <summary>After this, a writer stops queueing here and takes its chance with SQLite's busy timeout.</summary>
    public static readonly TimeSpan MaxWait = TimeSpan.FromSeconds(2);

    // One gate per database file (the connection is open here, so DataSource is the file's full path), not per connection
    // string: reads and commands use two strings for one file (SqliteConnectionPools).
    private static SemaphoreSlim GateOf(DbConnection connection) => Gates.GetOrAdd(connection.DataSource, _ => new SemaphoreSlim(1, 1));

    public override async ValueTask<InterceptionResult<DbTransaction>> TransactionStartingAsync(DbConnection connection, TransactionStartingEventData eventData,
        InterceptionResult<DbTransaction> result, CancellationToken cancellationToken = default)
    {
        if (eventData.Context is InspectionSuiteDbContext { HeldWriteGate: null } db)
        {
            var gate = GateOf(connection);
            if (await gate.WaitAsync(MaxWait, cancellationToken)) db.HeldWriteGate = gate;
        }
        return result;
    }

    public override InterceptionResult<DbTransaction> TransactionStarting(DbConnection connection, TransactionStartingEventData eventData, InterceptionResult<DbTransaction> result)
    {
        if (eventData.Context is InspectionSuiteDbContext { HeldWriteGate: null } db)
        {
            var gate = GateOf(connection);
            if (gate.Wait(MaxWait)) db.HeldWriteGate = gate;
        }
        return result;
    }

    public override void TransactionCommitted(DbTransaction transaction, TransactionEndEventData eventData) => Release(eventData.Context);

    public override Task TransactionCommittedAsync(DbTransaction transaction, TransactionEndEventData eventData, CancellationToken cancellationToken = default)
    {
        Release(eventData.Context);
        return Task.CompletedTask;
    }

    public override void TransactionRolledBack(DbTransaction transaction, TransactionEndEventData eventData) => Release(eventData.Context);

    public override Task TransactionRolledBackAsync(DbTransaction transaction, TransactionEndEventData eventData, CancellationToken cancellationToken = default)
    {
        Release(eventData.Context);
        return Task.CompletedTask;
    }

    public override void TransactionFailed(DbTransaction transaction, TransactionErrorEventData eventData) => Release(eventData.Context);

    public override Task TransactionFailedAsync(DbTransaction transaction, TransactionErrorEventData eventData, CancellationToken cancellationToken = default)
    {
        Release(eventData.Context);
        return Task.CompletedTask;
    }

    /// <summary>
    /// EF's log of a disposed transaction (<see cref="DbContextOptionsBuilder.LogTo(Func{EventId, LogLevel, bool}, Action{EventData})"/>):
    /// a transaction disposed without commit or rollback (a failed command's) raises no interceptor event.
    /// </summary>
    public static DbContextOptionsBuilder ReleaseOnDispose(DbContextOptionsBuilder options)
        => options.LogTo((id, _) => id == RelationalEventId.TransactionDisposed, e => Release((e as DbContextEventData)?.Context));

    /// <summary>Gives the gate back if <paramref name="context"/> holds it (also called when the context goes back to the pool).</summary>
    internal static void Release(DbContext? context)
    {
        if (context is not InspectionSuiteDbContext { HeldWriteGate: { } gate } db) return;
        db.HeldWriteGate = null;
        gate.Release();
    }
}
