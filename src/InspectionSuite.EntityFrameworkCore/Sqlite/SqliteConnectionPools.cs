using System.Collections.Concurrent;
using Microsoft.Data.Sqlite;

namespace InspectionSuite.EntityFrameworkCore;

/// <summary>
/// The two SQLite connection pools of one database file: reads through a memory map of the file, commands without one.
/// </summary>
/// <remarks>
/// Why: in WAL mode a connection that finds another connection's commit at the start of its next read drops its page cache
/// and, with a memory map, unmaps the whole file and faults every page back in. Pages served while writes are rare keep
/// the map (it shares the OS page cache between the pooled connections); a command's connection meets other commands'
/// commits all the time, and without the map its cost is a re-read of the few pages it touches. Measured with the load
/// script: test/InspectionSuite.Benchmarks/README.md ("Why concurrent fires cost more CPU…", "Commands on a pool of their own").
/// Microsoft.Data.Sqlite pools by connection string, so the commands' string differs from the reads' by one keyword set
/// explicitly to its default (Recursive Triggers=False), which changes nothing else.
/// </remarks>
public sealed record SqliteConnectionPools(string Reads, string Commands)
{
    private static readonly ConcurrentDictionary<string, bool> CommandStrings = new(StringComparer.Ordinal);

    public static SqliteConnectionPools For(string connectionString)
    {
        var commands = new SqliteConnectionStringBuilder(connectionString) { RecursiveTriggers = false }.ToString();
        CommandStrings[commands] = true;
        return new SqliteConnectionPools(connectionString, commands);
    }

    /// <summary>Whether a connection came from a commands pool (<see cref="SqlitePragmas"/> leaves its file unmapped).</summary>
    public static bool IsCommandConnection(string connectionString) => CommandStrings.ContainsKey(connectionString);

    public string For(IScopeWorkload workload) => workload.ChangesData ? Commands : Reads;
}
