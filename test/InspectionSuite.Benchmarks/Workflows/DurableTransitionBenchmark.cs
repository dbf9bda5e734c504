using System.Data.Common;
using BenchmarkDotNet.Attributes;
using InspectionSuite.Workflows;
using InspectionSuite.Workflows.Contracts;
using InspectionSuite.Workflows.Persistence;
using InspectionSuite.Workflows.Services;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.Extensions.DependencyInjection;

namespace InspectionSuite.Benchmarks.Workflows;

/// <summary>
/// (a) One durable transition through the real runtime on a SQLite file: new scope/DbContext, load instance and
/// variables, permission + guard, Stateless fire, close/open state work, journal entry, one SaveChanges.
/// </summary>
[MemoryDiagnoser]
public class DurableTransitionBenchmark
{
    /// <summary>wal-full: WAL, fsync every commit. wal-normal: WAL with synchronous=NORMAL (durable across app crashes, the last commits can be lost on power loss).</summary>
    [Params("wal-full", "wal-normal")]
    public string Durability { get; set; } = "wal-full";

    private string _dir = "";
    private ServiceProvider _services = null!;
    private Guid _instanceId;
    private int _version;
    private readonly LatencyRecorder _latency = new();
    private static readonly WorkflowActor Actor = new("u-bench", "Bench", ["Inspector"], ["Cases.Run"]);

    [GlobalSetup]
    public void Setup()
    {
        _dir = Path.Combine(Path.GetTempPath(), "wf-bench-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(_dir);
        var connection = $"Data Source={Path.Combine(_dir, "bench.db")}";
        var services = new ServiceCollection();
        services.AddDbContext<BenchDbContext>(o =>
        {
            o.UseSqlite(connection);
            if (Durability == "wal-normal") o.AddInterceptors(new SynchronousNormal());
        });
        services.AddWorkflowRuntime<BenchDbContext>(o => { o.AddComponentsFrom(typeof(DurableTransitionBenchmark).Assembly); o.RunTimerHost = false; });
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
        }
    }

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
        _latency.Write($"durable-{Durability}");
        _services.Dispose();
        SqliteConnection.ClearAllPools();
        try { Directory.Delete(_dir, true); } catch (IOException) { }
    }

    private sealed class SynchronousNormal : DbConnectionInterceptor
    {
        public override void ConnectionOpened(DbConnection connection, ConnectionEndEventData eventData) => Pragma(connection);
        public override Task ConnectionOpenedAsync(DbConnection connection, ConnectionEndEventData eventData, CancellationToken cancellationToken = default)
        {
            Pragma(connection);
            return Task.CompletedTask;
        }
        private static void Pragma(DbConnection connection)
        {
            using var cmd = connection.CreateCommand();
            cmd.CommandText = "PRAGMA synchronous=NORMAL;";
            cmd.ExecuteNonQuery();
        }
    }
}

public sealed class BenchDbContext(DbContextOptions<BenchDbContext> options) : DbContext(options)
{
    protected override void OnModelCreating(ModelBuilder modelBuilder) => modelBuilder.ConfigureWorkflowRuntime();
}

[WorkflowGuard("BenchUnitPresent")]
public sealed class BenchUnitPresent : IWorkflowGuard
{
    public ValueTask<GuardResult> CheckAsync(GuardContext context, CancellationToken ct)
        => ValueTask.FromResult(context.Variables.ContainsKey("unit") ? GuardResult.Pass : GuardResult.Fail("Bench:000001"));
}

public static class BenchDefinitions
{
    /// <summary>Four states in a cycle, each step guarded and permission-checked.</summary>
    public const string Cycle = """
    {
      "definitionId": "bench.cycle", "version": 1,
      "name": { "vi": "Chu trình", "en": "Cycle" },
      "initial": "A",
      "states": [
        { "name": "A", "labels": { "vi": "A", "en": "A" } },
        { "name": "B", "labels": { "vi": "B", "en": "B" } },
        { "name": "C", "labels": { "vi": "C", "en": "C" } },
        { "name": "D", "labels": { "vi": "D", "en": "D" } }
      ],
      "transitions": [
        { "name": "AB", "from": "A", "to": "B", "trigger": "Next", "guards": ["BenchUnitPresent"], "permission": "Cases.Run" },
        { "name": "BC", "from": "B", "to": "C", "trigger": "Next", "guards": ["BenchUnitPresent"], "permission": "Cases.Run" },
        { "name": "CD", "from": "C", "to": "D", "trigger": "Next", "guards": ["BenchUnitPresent"], "permission": "Cases.Run" },
        { "name": "DA", "from": "D", "to": "A", "trigger": "Next", "guards": ["BenchUnitPresent"], "permission": "Cases.Run" }
      ]
    }
    """;
}
