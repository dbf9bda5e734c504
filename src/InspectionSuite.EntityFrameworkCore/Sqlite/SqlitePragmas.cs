using System.Data.Common;
using System.Runtime.CompilerServices;
using Microsoft.Data.Sqlite;

namespace InspectionSuite.EntityFrameworkCore;

/// <summary>
/// Per-connection SQLite settings: WAL lets readers proceed while one writer commits (several web
/// instances or the CLI on one file); foreign keys on; a busy timeout instead of immediate SQLITE_BUSY.
/// The settings live on the native connection, which the pool keeps open and hands out again: they are applied
/// once per native connection, not on every logical open (EF opens around each query).
/// </summary>
/// <remarks>
/// synchronous=NORMAL: a committed transaction survives a process crash (checked by faults/kill-restart.sh); FULL's fsync
/// per commit would serialize every writer behind the disk. mmap_size: reads share the OS page cache instead of copying
/// into each connection's cache; a command's connection has no map (<see cref="SqliteConnectionPools"/>). temp_store=MEMORY:
/// a statement's sub-journal and temporary b-trees stay in memory; with files, every fired trigger created, wrote ~85 KB
/// to and deleted a temporary file. Why, with the measurements: test/InspectionSuite.Benchmarks/README.md ("Design notes").
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
        var mapSize = SqliteConnectionPools.IsCommandConnection(connection.ConnectionString) ? 0 : 1073741824;
        cmd.CommandText = $"PRAGMA journal_mode=WAL; PRAGMA synchronous=NORMAL; PRAGMA foreign_keys=ON; PRAGMA busy_timeout=30000; PRAGMA mmap_size={mapSize}; PRAGMA temp_store=MEMORY;";
        cmd.ExecuteNonQuery();
    }
}
