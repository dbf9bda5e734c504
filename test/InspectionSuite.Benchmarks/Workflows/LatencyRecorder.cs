using System.Diagnostics;

namespace InspectionSuite.Benchmarks.Workflows;

/// <summary>
/// Per-transition latencies recorded inside the benchmark process (BenchmarkDotNet's statistics are per
/// iteration, not per operation); written as one CSV line per benchmark to
/// BenchmarkDotNet.Artifacts/workflows-latency.csv at global cleanup.
/// </summary>
public sealed class LatencyRecorder
{
    private long[] _ticks = new long[1 << 20];
    private int _count;

    private readonly Lock _gate = new();

    /// <summary>Thread-safe: the concurrent benchmark records from several workers.</summary>
    public void Add(long startTimestamp)
    {
        var elapsed = Stopwatch.GetTimestamp() - startTimestamp;
        lock (_gate)
        {
            if (_count == _ticks.Length) Array.Resize(ref _ticks, _ticks.Length * 2);
            _ticks[_count++] = elapsed;
        }
    }

    public void Write(string name)
    {
        if (_count == 0) return;
        var sorted = _ticks.AsSpan(0, _count).ToArray();
        Array.Sort(sorted);
        double Us(double q) => sorted[Math.Min(sorted.Length - 1, (int)Math.Ceiling(q * sorted.Length) - 1)] * 1_000_000.0 / Stopwatch.Frequency;
        var total = sorted.Sum(t => (double)t) / Stopwatch.Frequency;
        var line = FormattableString.Invariant($"{name},{_count},{_count / total:F0},{Us(0.5):F1},{Us(0.99):F1},{Us(1.0):F1}");
        var dir = Path.Combine(Directory.GetCurrentDirectory(), "BenchmarkDotNet.Artifacts");
        Directory.CreateDirectory(dir);
        var file = Path.Combine(dir, "workflows-latency.csv");
        if (!File.Exists(file)) File.WriteAllText(file, "benchmark,transitions,transitions_per_s_serial,p50_us,p99_us,max_us\n");
        File.AppendAllText(file, line + "\n");
        Console.WriteLine("// workflows-latency: " + line);
    }
}
