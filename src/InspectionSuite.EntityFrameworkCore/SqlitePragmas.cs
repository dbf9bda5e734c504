using System.Data.Common;
using System.Runtime.CompilerServices;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace InspectionSuite.EntityFrameworkCore;

/// <summary>
/// Per-connection SQLite settings: WAL lets readers proceed while one writer commits (several web
/// instances or the CLI on one file); foreign keys on; a busy timeout instead of immediate SQLITE_BUSY.
/// The settings live on the native connection, which the pool keeps open and hands out again: they are applied
/// once per native connection, not on every logical open (EF opens around each query).
/// </summary>
/// <remarks>
/// synchronous=NORMAL in WAL mode: a commit is appended to the WAL and the WAL is fsynced at checkpoints,
/// not at every commit. The database is never corrupted, and a committed transaction survives the death of
/// the process (kill -9, crash: the OS still writes the page cache), which the kill-9 fault test
/// (test/InspectionSuite.Benchmarks/faults/kill-restart.sh) checks for every acknowledged transition. Only an OS
/// crash or power loss can roll back the last commits before a checkpoint, and then to a consistent earlier state.
/// FULL would close that window at one fsync per commit (~8 ms on the shared VM disk, measured 2026-11-28), which
/// serializes all writers of all instances behind the disk. Production runs on SQL Server (durable log); SQLite is
/// the single-server default, where the host's power protection and backups cover that window.
/// <para>
/// mmap_size: reads go through a memory map of the file (the OS page cache, shared by every pooled connection) instead
/// of a read() into each connection's own 2 MB page cache; with a database far larger than that cache, list and inbox
/// queries otherwise spend most of their time copying pages (measured with the load script, issue 8). The map is
/// address space, not memory: resident size counts mapped pages once per connection, so read RssAnon for the heap.
/// </para>
/// </remarks>
public sealed class SqlitePragmas : DbConnectionInterceptor
{
    public static readonly SqlitePragmas Instance = new();

    public override void ConnectionOpened(DbConnection connection, ConnectionEndEventData eventData) => Apply(connection);

    public override Task ConnectionOpenedAsync(DbConnection connection, ConnectionEndEventData eventData, CancellationToken cancellationToken = default)
    {
        Apply(connection);
        return Task.CompletedTask;
    }

    private static readonly ConditionalWeakTable<object, object> Applied = new();

    private static void Apply(DbConnection connection)
    {
        if (connection is SqliteConnection { Handle: { } handle })
        {
            if (Applied.TryGetValue(handle, out _)) return;
            Applied.AddOrUpdate(handle, handle);
        }
        using var cmd = connection.CreateCommand();
        cmd.CommandText = "PRAGMA journal_mode=WAL; PRAGMA synchronous=NORMAL; PRAGMA foreign_keys=ON; PRAGMA busy_timeout=30000; PRAGMA mmap_size=1073741824;";
        cmd.ExecuteNonQuery();
    }
}
