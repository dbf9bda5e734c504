using System.Runtime.CompilerServices;
using System.Collections.Concurrent;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Internal;
using System.Data.Common;
using Microsoft.Extensions.DependencyInjection;

namespace InspectionSuite.EntityFrameworkCore;

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
    /// <summary>
    /// How many idle contexts each pool keeps, each with its open connection (page cache, compiled statements); a context
    /// returned to a full pool is disposed and its connection closed. EF's default is 1,024 per pool: a burst of
    /// concurrent requests would leave that many connections open for the life of the process.
    /// </summary>
    public const int MaxContextsPerPool = 64;

    private readonly KeptContextPool reads;
    private readonly KeptContextPool commands;
    private readonly PooledDbContextFactory<SqliteInspectionSuiteDbContext> readContexts;
    private readonly PooledDbContextFactory<SqliteInspectionSuiteDbContext> commandContexts;

    public SqliteContextPools(SqliteConnectionPools connections, IServiceProvider applicationServices)
    {
        reads = new KeptContextPool(Options(connections.Reads, applicationServices));
        commands = new KeptContextPool(Options(connections.Commands, applicationServices));
        readContexts = new PooledDbContextFactory<SqliteInspectionSuiteDbContext>(reads);
        commandContexts = new PooledDbContextFactory<SqliteInspectionSuiteDbContext>(commands);
    }

    /// <summary>
    /// A context of the pool <paramref name="workload"/> calls for, its connection open for the whole scope (a page runs a
    /// dozen or more queries; each would open and close it again); disposing the context gives it back.
    /// </summary>
    public SqliteInspectionSuiteDbContext Rent(IScopeWorkload workload)
    {
        var (pool, factory) = workload.ChangesData ? (commands, commandContexts) : (reads, readContexts);
        var context = factory.CreateDbContext();
        var connection = context.Database.GetDbConnection();
        if (connection.State != System.Data.ConnectionState.Open)
        {
            context.Database.OpenConnection();
            pool.Opened(context, connection);
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
    }

    public async ValueTask DisposeAsync()
    {
        await reads.DisposeAsync();
        await commands.DisposeAsync();
    }

    /// <summary>
    /// EF's context pool with two differences: the context returned last is rented first (its connection's page cache and
    /// statements are the warmest), and a context it gives up (the pool is full, or the application stops) has its
    /// connection closed. EF 10.0.15 does not dispose the services of a pooled context it gives up, so that connection
    /// would stay open, with its page cache and statements, until the garbage collector finalized it.
    /// </summary>
    private sealed class KeptContextPool(DbContextOptions<SqliteInspectionSuiteDbContext> options) : DbContextPool<SqliteInspectionSuiteDbContext>(options)
    {
        private readonly ConcurrentStack<IDbContextPoolable> idle = new();
        private readonly ConditionalWeakTable<IDbContextPoolable, DbConnection> connections = new();
        private int idleCount;
        private volatile bool disposed;

        public void Opened(IDbContextPoolable context, DbConnection connection) => connections.AddOrUpdate(context, connection);

        public override IDbContextPoolable Rent()
        {
            if (idle.TryPop(out var context))
            {
                Interlocked.Decrement(ref idleCount);
                return context;
            }
            return base.Rent(); // EF's own queue is never filled: a new context
        }

        public override void Return(IDbContextPoolable context)
        {
            if (!TryKeep())
            {
                GiveUp(context);
                return;
            }
            context.ResetState();
            idle.Push(context);
        }

        public override async ValueTask ReturnAsync(IDbContextPoolable context, CancellationToken cancellationToken = default)
        {
            if (!TryKeep())
            {
                GiveUp(context);
                return;
            }
            await context.ResetStateAsync(cancellationToken);
            idle.Push(context);
        }

        private bool TryKeep()
        {
            if (disposed) return false;
            if (Interlocked.Increment(ref idleCount) <= MaxContextsPerPool) return true;
            Interlocked.Decrement(ref idleCount);
            return false;
        }

        private void GiveUp(IDbContextPoolable context)
        {
            if (connections.TryGetValue(context, out var connection)) connection.Dispose();
            context.ClearLease();
            context.Dispose();
        }

        public override void Dispose()
        {
            disposed = true;
            while (idle.TryPop(out var context)) GiveUp(context);
            base.Dispose();
        }

        public override ValueTask DisposeAsync()
        {
            Dispose();
            return ValueTask.CompletedTask;
        }
    }
}
#pragma warning restore EF1001
