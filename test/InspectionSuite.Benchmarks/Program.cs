using BenchmarkDotNet.Running;
using InspectionSuite.Benchmarks.Workflows;

namespace InspectionSuite.Benchmarks;

/// <summary>Runs the benchmarks chosen on the command line, e.g. <c>--filter '*Sampling*'</c>. See README.md.</summary>
public static class BenchProgram
{
    public static void Main(string[] args)
    {
        // `probe-transition N`: N durable transitions in a plain loop (wal-normal, pooled), for a profiler (perf,
        // dotnet-trace) to attach to; prints the mean. Numbers to report come from BenchmarkDotNet, not from this.
        if (args is ["probe-transition", var count])
        {
            var bench = new DurableTransitionBenchmark { Durability = "wal-normal", Context = "pooled" };
            bench.Setup();
            for (var i = 0; i < 2000; i++) bench.DurableTransition().GetAwaiter().GetResult(); // warm-up, tiered JIT
            var n = int.Parse(count, System.Globalization.CultureInfo.InvariantCulture);
            var started = System.Diagnostics.Stopwatch.GetTimestamp();
            for (var i = 0; i < n; i++) bench.DurableTransition().GetAwaiter().GetResult();
            var elapsed = System.Diagnostics.Stopwatch.GetElapsedTime(started);
            Console.WriteLine($"{n} transitions: {elapsed.TotalMicroseconds / n:F0} µs each, {n / elapsed.TotalSeconds:F0}/s");
            return;
        }
        // `allocation-sites TRACE REQUESTS [FRAME]`: where a gc-verbose trace's allocations come from, per request
        // (load/fire-cost.sh runs it); FRAME also splits what is allocated below that frame.
        if (args is ["allocation-sites", var trace, var requests, ..])
        {
            Allocations.AllocationSites.Print(trace, int.Parse(requests, System.Globalization.CultureInfo.InvariantCulture), args.Length > 3 ? args[3] : null);
            return;
        }
        BenchmarkSwitcher.FromAssembly(typeof(BenchProgram).Assembly).Run(args);
    }
}
