using System.Diagnostics;
using BenchmarkDotNet.Attributes;
using InspectionSuite.Workflows.Contracts;
using InspectionSuite.Workflows.Services;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace InspectionSuite.Benchmarks.Workflows;

/// <summary>
/// (d) The floor under (a): the same durable step written by hand with Microsoft.Data.Sqlite on one open connection
/// and prepared commands — read instance + variables, check the guard, pick the next state, then one transaction
/// with the optimistic version UPDATE and the journal INSERT. No EF, no DI scope, no runtime services. It shows how much of
/// (a) is the database itself and how much is the object layer above it.
/// </summary>
[MemoryDiagnoser]
public class RawSqliteFloorBenchmark
{
    [Params("wal-normal", "wal-full")]
    public string Durability { get; set; } = "wal-normal";

    private static readonly Dictionary<string, string> Next = new() { ["A"] = "B", ["B"] = "C", ["C"] = "D", ["D"] = "A" };
    private string _dir = "";
    private SqliteConnection _connection = null!;
    private SqliteCommand _load = null!, _update = null!, _journal = null!;
    private string _id = "";
    private readonly LatencyRecorder _latency = new();

    [GlobalSetup]
    public void Setup()
    {
        _dir = Path.Combine(Path.GetTempPath(), "wf-raw-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(_dir);
        var cs = $"Data Source={Path.Combine(_dir, "raw.db")}";
        // The schema and the started instance come from the real runtime, so the tables and indexes are (a)'s.
        var services = new ServiceCollection();
        services.AddDbContext<BenchDbContext>(o => o.UseSqlite(cs));
        services.AddWorkflowRuntimeForBench();
        using (var sp = services.BuildServiceProvider())
        using (var scope = sp.CreateScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<BenchDbContext>();
            db.Database.EnsureCreated();
            db.Database.ExecuteSqlRaw("PRAGMA journal_mode=WAL;");
            var defs = scope.ServiceProvider.GetRequiredService<WorkflowDefinitionService>();
            defs.SaveDraftAsync(BenchDefinitions.Cycle, "bench.json").GetAwaiter().GetResult();
            defs.PublishAsync("bench.cycle", 1).GetAwaiter().GetResult();
            scope.ServiceProvider.GetRequiredService<IWorkflowRuntime>().StartAsync("bench.cycle", "case-raw", DurableTransitionBenchmark.Actor, """{"unit":"QN-001"}""").GetAwaiter().GetResult();
            _id = db.Database.SqlQueryRaw<string>("SELECT Id AS Value FROM WfInstances").AsEnumerable().Single();
        }
        SqliteConnection.ClearAllPools();
        _connection = new SqliteConnection(cs);
        _connection.Open();
        using (var pragma = _connection.CreateCommand())
        {
            pragma.CommandText = Durability == "wal-normal" ? "PRAGMA synchronous=NORMAL;" : "PRAGMA synchronous=FULL;";
            pragma.ExecuteNonQuery();
        }
        _load = Command("SELECT i.State, i.Version, d.VariablesJson FROM WfInstances i LEFT JOIN WfInstanceData d ON d.InstanceId = i.Id WHERE i.Id = $id",
            "$id");
        _update = Command("UPDATE WfInstances SET State = $state, Version = $version, UpdatedAtUtc = $now WHERE Id = $id AND Version = $expected",
            "$state", "$version", "$now", "$id", "$expected");
        _journal = Command("""
            INSERT INTO WfJournal (InstanceId, Sequence, OccurredAtUtc, Kind, ActorId, ActorName, FromState, ToState, Trigger, PayloadSummary, PayloadJson, DurationMs)
            VALUES ($id, $seq, $now, 'Transition', 'u-bench', 'Bench', $from, $to, 'Next', $summary, $payload, $ms)
            """, "$id", "$seq", "$now", "$from", "$to", "$summary", "$payload", "$ms");
    }

    private SqliteCommand Command(string sql, params string[] parameters)
    {
        var cmd = _connection.CreateCommand();
        cmd.CommandText = sql;
        foreach (var p in parameters) cmd.Parameters.Add(new SqliteParameter(p, null));
        cmd.Prepare();
        return cmd;
    }

    [Benchmark(Description = "hand-written SQLite step (floor)")]
    public void RawStep()
    {
        var started = Stopwatch.GetTimestamp();
        string from, variables;
        int version;
        _load.Parameters["$id"].Value = _id;
        using (var r = _load.ExecuteReader())
        {
            r.Read();
            (from, version, variables) = (r.GetString(0), r.GetInt32(1), r.IsDBNull(2) ? "{}" : r.GetString(2));
        }
        if (!variables.Contains("\"unit\"", StringComparison.Ordinal)) throw new InvalidOperationException("guard");
        var to = Next[from];
        var now = DateTime.UtcNow;
        using var tx = _connection.BeginTransaction();
        _update.Transaction = tx;
        _journal.Transaction = tx;
        _update.Parameters["$state"].Value = to;
        _update.Parameters["$version"].Value = version + 1;
        _update.Parameters["$now"].Value = now;
        _update.Parameters["$id"].Value = _id;
        _update.Parameters["$expected"].Value = version;
        if (_update.ExecuteNonQuery() != 1) throw new InvalidOperationException("conflict");
        _journal.Parameters["$id"].Value = _id;
        _journal.Parameters["$seq"].Value = version + 1;
        _journal.Parameters["$now"].Value = now;
        _journal.Parameters["$from"].Value = from;
        _journal.Parameters["$to"].Value = to;
        _journal.Parameters["$summary"].Value = "note=bench";
        _journal.Parameters["$payload"].Value = """{"note":"bench"}""";
        _journal.Parameters["$ms"].Value = Stopwatch.GetElapsedTime(started).TotalMilliseconds;
        _journal.ExecuteNonQuery();
        tx.Commit();
        _latency.Add(started);
    }

    [GlobalCleanup]
    public void Cleanup()
    {
        _latency.Write($"raw-sqlite-{Durability}");
        _connection.Dispose();
        SqliteConnection.ClearAllPools();
        try { Directory.Delete(_dir, true); } catch (IOException) { }
    }
}
