using System.Collections.Concurrent;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Internal;
using System.Data.Common;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.DependencyInjection;

namespace InspectionSuite.EntityFrameworkCore;

/// <summary>
/// Whether a scope runs a command (a request that changes data) or only reads. On SQLite the two take their connections
/// from separate pools (<see cref="SqliteConnectionPools"/>); outside a web request a scope counts as reading.
/// </summary>
public interface IScopeWorkload
{
    bool ChangesData { get; }
}

internal sealed class ReadingWorkload : IScopeWorkload
{
    public bool ChangesData => false;
}

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

/// <summary>
/// The pooled contexts of one SQLite database, one pool for reads and one for commands (<see cref="SqliteConnectionPools"/>),
/// each context with a connection of its pool's kind that stays open between the scopes that rent it, so its compiled
/// statements are kept (<see cref="KeptOpenSqliteRelationalConnection"/>, <see cref="SqliteStatementCache"/>).
/// </summary>
/// <remarks>
/// Two pools rather than one whose connection string is set on every rent: a context whose connection stays open cannot
/// change its string. <see cref="SqliteWriteGate"/>: this process's writers queue for SQLite's one write lock instead of
/// sleeping in its busy handler. Disposed with the application's services, which closes every kept connection.
/// </remarks>
#pragma warning disable EF1001 // DbContextPool and the SQLite connection service are EF's internal API: the public factory cannot give one context type two pools.
public sealed class SqliteContextPools : IDisposable, IAsyncDisposable
{
    private readonly DbContextPool<SqliteInspectionSuiteDbContext> reads;
    private readonly DbContextPool<SqliteInspectionSuiteDbContext> commands;
    private readonly PooledDbContextFactory<SqliteInspectionSuiteDbContext> readContexts;
    private readonly PooledDbContextFactory<SqliteInspectionSuiteDbContext> commandContexts;

    public SqliteContextPools(SqliteConnectionPools connections, IServiceProvider applicationServices)
    {
        reads = new DbContextPool<SqliteInspectionSuiteDbContext>(Options(connections.Reads, applicationServices));
        commands = new DbContextPool<SqliteInspectionSuiteDbContext>(Options(connections.Commands, applicationServices));
        readContexts = new PooledDbContextFactory<SqliteInspectionSuiteDbContext>(reads);
        commandContexts = new PooledDbContextFactory<SqliteInspectionSuiteDbContext>(commands);
    }

    // Every connection a kept context opened: EF does not close them when it disposes its pools (a pooled context's
    // services are not disposed then), so Dispose closes them. Weak: a context the pool gave up takes its connection along.
    private readonly List<WeakReference<DbConnection>> opened = [];

    /// <summary>
    /// A context of the pool <paramref name="workload"/> calls for, its connection open for the whole scope (a page runs a
    /// dozen or more queries; each would open and close it again); disposing the context gives it back.
    /// </summary>
    public SqliteInspectionSuiteDbContext Rent(IScopeWorkload workload)
    {
        var context = (workload.ChangesData ? commandContexts : readContexts).CreateDbContext();
        var connection = context.Database.GetDbConnection();
        if (connection.State != System.Data.ConnectionState.Open)
        {
            context.Database.OpenConnection();
            lock (opened) opened.Add(new WeakReference<DbConnection>(connection));
        }
        return context;
    }

    // Split queries: a case auto-includes its parts (team, checklist, evidence, findings, ...); one joined query would
    // multiply their rows (cartesian explosion).
    private static DbContextOptions<SqliteInspectionSuiteDbContext> Options(string connectionString, IServiceProvider applicationServices)
    {
        var options = new DbContextOptionsBuilder<SqliteInspectionSuiteDbContext>().UseApplicationServiceProvider(applicationServices);
        SqliteWriteGate.ReleaseOnDispose(options.UseSqlite(connectionString, sql => sql.UseQuerySplittingBehavior(QuerySplittingBehavior.SplitQuery))
            .AddInterceptors(SqlitePragmas.Instance, SqliteWriteGate.Instance, SqliteStatementCache.Instance).AddSavePipeline());
        options.ReplaceService<Microsoft.EntityFrameworkCore.Sqlite.Storage.Internal.ISqliteRelationalConnection, KeptOpenSqliteRelationalConnection>();
        // What others add with ConfigureDbContext (tests' command recorders), as EF's own factory registration applies it.
        foreach (var configuration in applicationServices.GetServices<IDbContextOptionsConfiguration<SqliteInspectionSuiteDbContext>>())
            configuration.Configure(applicationServices, options);
        return options.Options;
    }

    public void Dispose()
    {
        reads.Dispose();
        commands.Dispose();
        CloseOpened();
    }

    public async ValueTask DisposeAsync()
    {
        await reads.DisposeAsync();
        await commands.DisposeAsync();
        CloseOpened();
    }

    private void CloseOpened()
    {
        lock (opened)
        {
            foreach (var reference in opened)
                if (reference.TryGetTarget(out var connection)) connection.Dispose();
            opened.Clear();
        }
    }
}
#pragma warning restore EF1001
