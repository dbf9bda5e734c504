using BenchmarkDotNet.Attributes;
using InspectionSuite.EntityFrameworkCore;
using InspectionSuite.Workflows.Contracts;
using InspectionSuite.Workflows.Services;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace InspectionSuite.Benchmarks.Workflows;

/// <summary>
/// (a) One durable transition through the real runtime on a SQLite file: new scope/DbContext, load instance and
/// variables, permission + guard, exit/entry actions and the new state, close/open state work, journal entry, one SaveChanges.
/// </summary>
[MemoryDiagnoser]
public class DurableTransitionBenchmark
{
    /// <summary>wal-full: WAL, fsync every commit. wal-normal: the app's <see cref="SqlitePragmas"/> (WAL, synchronous=NORMAL: durable across app crashes, the last commits can be lost on power loss; foreign keys on).</summary>
    [Params("wal-full", "wal-normal")]
    public string Durability { get; set; } = "wal-full";

    /// <summary>pooled: <c>AddDbContextPool</c> (a context is reset and reused per scope). new: <c>AddDbContext</c>, a fresh context per scope.</summary>
    [Params("pooled", "new")]
    public string Context { get; set; } = "pooled";

    private string _dir = "";
    private ServiceProvider _services = null!;
    private Guid _instanceId;
    private int _version;
    private readonly LatencyRecorder _latency = new();
    internal static readonly WorkflowActor Actor = new("u-bench", "Bench", ["Inspector"], ["Cases.Run"]);

    [GlobalSetup]
    public void Setup()
    {
        _dir = Path.Combine(Path.GetTempPath(), "wf-bench-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(_dir);
        var connection = $"Data Source={Path.Combine(_dir, "bench.db")}";
        var services = new ServiceCollection();
        void Configure(DbContextOptionsBuilder o)
        {
            o.UseSqlite(connection);
            if (Durability == "wal-normal") o.AddInterceptors(SqlitePragmas.Instance); // the app's own per-connection settings
        }
        if (Context == "pooled") services.AddDbContextPool<BenchDbContext>(Configure);
        else services.AddDbContext<BenchDbContext>(Configure);
        services.AddWorkflowRuntimeForBench();
        _services = services.BuildServiceProvider();
        using (var scope = _services.CreateScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<BenchDbContext>();
            db.Database.EnsureCreated();
            db.Database.ExecuteSqlRaw("PRAGMA journal_mode=WAL;");
            scope.ServiceProvider.GetRequiredService<WorkflowDefinitionService>().SaveDraftAsync(BenchDefinitions.Cycle, "bench.json").GetAwaiter().GetResult();
            scope.ServiceProvider.GetRequiredService<WorkflowDefinitionService>().PublishAsync("bench.cycle", 1).GetAwaiter().GetResult();
            var info = scope.ServiceProvider.GetRequiredService<IWorkflowRuntime>().StartAsync("bench.cycle", "case-bench", Actor, """{"unit":"QN-001"}""").GetAwaiter().GetResult();
            (_instanceId, _version) = (info.Id, info.Version);
            for (var w = 0; w < Workers; w++)
            {
                var other = scope.ServiceProvider.GetRequiredService<IWorkflowRuntime>().StartAsync("bench.cycle", $"case-bench-{w}", Actor, """{"unit":"QN-002"}""").GetAwaiter().GetResult();
                _workers[w] = (other.Id, other.Version);
            }
        }
    }

    /// <summary>Concurrent users: each worker fires on its own instance (as users work on different cases).</summary>
    public const int Workers = 4;
    private const int FiresPerWorker = 16;
    private readonly (Guid Id, int Version)[] _workers = new (Guid, int)[Workers];

    [Benchmark(Description = "durable transition, 4 concurrent workers (SQLite file)", OperationsPerInvoke = Workers * FiresPerWorker)]
    public Task DurableTransitionConcurrent()
        => Task.WhenAll(Enumerable.Range(0, Workers).Select(w => Task.Run(async () =>
        {
            for (var i = 0; i < FiresPerWorker; i++)
            {
                var started = System.Diagnostics.Stopwatch.GetTimestamp();
                await using var scope = _services.CreateAsyncScope();
                var result = await scope.ServiceProvider.GetRequiredService<IWorkflowRuntime>()
                    .FireAsync(_workers[w].Id, "Next", Actor, """{"note":"bench"}""", _workers[w].Version);
                _workers[w].Version = result.Version;
                _concurrentLatency.Add(started);
            }
        })));

    private readonly LatencyRecorder _concurrentLatency = new();

    [Benchmark(Description = "durable transition (SQLite file)")]
    public async Task DurableTransition()
    {
        var started = System.Diagnostics.Stopwatch.GetTimestamp();
        await using var scope = _services.CreateAsyncScope();
        var result = await scope.ServiceProvider.GetRequiredService<IWorkflowRuntime>()
            .FireAsync(_instanceId, "Next", Actor, """{"note":"bench"}""", _version);
        _version = result.Version;
        _latency.Add(started);
    }

    [GlobalCleanup]
    public void Cleanup()
    {
        _latency.Write($"durable-{Durability}-{Context}");
        _concurrentLatency.Write($"durable-concurrent{Workers}-{Durability}-{Context}");
        _services.Dispose();
        SqliteConnection.ClearAllPools();
        try { Directory.Delete(_dir, true); } catch (IOException) { }
    }
}
