using BenchmarkDotNet.Attributes;
using Stateless;

namespace InspectionSuite.Benchmarks.Workflows;

/// <summary>(b) Raw Stateless in memory: the same four-state cycle with a guard, machine built once. The upper bound.</summary>
[MemoryDiagnoser]
public class StatelessInMemoryBenchmark
{
    private StateMachine<string, string> _machine = null!;
    private string _state = "A";
    private readonly LatencyRecorder _latency = new();

    [GlobalSetup]
    public void Setup()
    {
        _machine = new StateMachine<string, string>(() => _state, s => _state = s);
        var unitPresent = true;
        _machine.Configure("A").PermitIf("Next", "B", () => unitPresent);
        _machine.Configure("B").PermitIf("Next", "C", () => unitPresent);
        _machine.Configure("C").PermitIf("Next", "D", () => unitPresent);
        _machine.Configure("D").PermitIf("Next", "A", () => unitPresent);
    }

    [Benchmark(Description = "raw Stateless (memory)")]
    public async Task StatelessTransition()
    {
        var started = System.Diagnostics.Stopwatch.GetTimestamp();
        await _machine.FireAsync("Next");
        _latency.Add(started);
    }

    [GlobalCleanup]
    public void Cleanup() => _latency.Write("stateless-memory");
}
