using BenchmarkDotNet.Attributes;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using WorkflowCore.Interface;
using WorkflowCore.Models;

namespace InspectionSuite.Benchmarks.Workflows;

/// <summary>
/// (c) WorkflowCore 3.22.0 in memory (its default in-memory persistence and single-node queue): a workflow that
/// waits for an event at each step in a loop. One operation = publish the event and wait until the workflow has
/// consumed it and is waiting (subscribed) for the next one — what a user's next click would find.
/// </summary>
[MemoryDiagnoser]
public class WorkflowCoreBenchmark
{
    private ServiceProvider _services = null!;
    private IWorkflowHost _host = null!;
    private IPersistenceProvider _persistence = null!;
    private string _workflowId = "";
    private int _step;
    private readonly LatencyRecorder _latency = new();
    internal static readonly SemaphoreSlim Advanced = new(0);

    [GlobalSetup]
    public void Setup()
    {
        var services = new ServiceCollection();
        services.AddLogging(b => b.SetMinimumLevel(LogLevel.Warning));
        services.AddWorkflow();
        _services = services.BuildServiceProvider();
        _host = _services.GetRequiredService<IWorkflowHost>();
        _persistence = _services.GetRequiredService<IPersistenceProvider>();
        _host.RegisterWorkflow<CycleWorkflow, CycleData>();
        _host.Start();
        _workflowId = _host.StartWorkflow("bench-cycle", 1, new CycleData { Key = "case-bench", Unit = "QN-001" }).GetAwaiter().GetResult();
        WaitSubscribed().GetAwaiter().GetResult();
    }

    [Benchmark(Description = "WorkflowCore 3.22 (memory)")]
    public async Task WorkflowCoreTransition()
    {
        var started = System.Diagnostics.Stopwatch.GetTimestamp();
        var step = ++_step;
        await _host.PublishEvent("Next", "case-bench", step);
        // Wait until this very event went through the guard step (not a stray earlier signal).
        while (Volatile.Read(ref Signal.LastSeen) != step) await Advanced.WaitAsync();
        await WaitSubscribed();
        _latency.Add(started);
    }

    private async Task WaitSubscribed()
    {
        // The next event must find a subscription, otherwise WorkflowCore parks it until its 10 s poller runs.
        while (true)
        {
            var subs = await _persistence.GetSubscriptions("Next", "case-bench", DateTime.MaxValue);
            if (subs.Any(s => s.WorkflowId == _workflowId)) return;
            await Task.Delay(1); // a spinning Task.Yield would starve WorkflowCore's own workers on 2 cores
        }
    }

    [GlobalCleanup]
    public void Cleanup()
    {
        _latency.Write("workflowcore-memory");
        Console.WriteLine($"// workflowcore: {_step} events published, last seen {Signal.LastSeen}, stray signals {Advanced.CurrentCount}");
        _host.Stop();
        _services.Dispose();
    }

    public sealed class CycleData
    {
        public string Key { get; set; } = "";
        public string Unit { get; set; } = "";
        public object? Last { get; set; }
    }

    public sealed class CycleWorkflow : IWorkflow<CycleData>
    {
        public string Id => "bench-cycle";
        public int Version => 1;

        public void Build(IWorkflowBuilder<CycleData> builder)
            => builder
                .StartWith(_ => ExecutionResult.Next())
                .While(d => true)
                .Do(x => x
                    .WaitFor("Next", (d, _) => d.Key, _ => DateTime.UtcNow) // effective now: without it the loop re-consumes the first event forever
                        .Output(d => d.Last, step => step.EventData)
                    .If(d => d.Unit.Length > 0) // the guard
                        .Do(y => y.StartWith<Signal>().Input(step => step.Seen, d => d.Last)));
    }

    public sealed class Signal : StepBody
    {
        internal static int LastSeen;
        public object? Seen { get; set; }

        public override ExecutionResult Run(IStepExecutionContext context)
        {
            Volatile.Write(ref LastSeen, Seen is null ? -1 : Convert.ToInt32(Seen, System.Globalization.CultureInfo.InvariantCulture));
            Advanced.Release();
            return ExecutionResult.Next();
        }
    }
}
