using System.Collections.Concurrent;
using System.Data.Common;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.Extensions.Logging;

namespace InspectionSuite.EntityFrameworkCore;

/// <summary>
/// The one serialization point of this process's SQLite writers, in front of the database's write lock: a transaction
/// (BEGIN IMMEDIATE, every write here runs in one) first waits here, asynchronously and in arrival order, and gives way
/// at its commit or rollback. The lock is then held only for the writes of one command at a time (the transition's
/// UPDATE and INSERT, the save's rows, the audit chain's end read and append), never while a writer sleeps for it.
/// </summary>
/// <remarks>
/// Why: SQLite's busy handler waits for the write lock by sleeping on the calling thread (1, 2, 5 … 100 ms at a time,
/// up to <c>busy_timeout</c>). Sixteen concurrent commands in one process then spent their time asleep on thread-pool
/// threads and polling for a lock that had long been free: the load script's fire scenario measured 10 transitions/s
/// at 16 connections (test/InspectionSuite.Benchmarks/README.md, issue 19 item 7). Another process on the same file (a
/// second instance, the CLI) still meets the busy timeout, as before. One gate per connection string; the gate is held
/// per context and re-entered by it (a context that begins a transaction while holding it does not wait for itself),
/// and given back at the commit, the rollback, the disposal of the transaction (<see cref="ReleaseOnDispose"/>) or at the
/// latest when the context goes back to the pool. A writer that waited <see cref="MaxWait"/> goes on to SQLite's own busy
/// wait, so a gate held too long (a slow disk) can delay writers but never lock them out. SQLite only: SQL Server locks
/// rows, not the database.
/// </remarks>
public sealed class SqliteWriteGate : DbTransactionInterceptor
{
    public static readonly SqliteWriteGate Instance = new();

    private static readonly ConcurrentDictionary<string, SemaphoreSlim> Gates = new(StringComparer.Ordinal);

    /// <summary>After this, a writer stops queueing here and takes its chance with SQLite's busy timeout.</summary>
    public static readonly TimeSpan MaxWait = TimeSpan.FromSeconds(2);

    private static SemaphoreSlim GateOf(DbConnection connection) => Gates.GetOrAdd(connection.ConnectionString, _ => new SemaphoreSlim(1, 1));

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
