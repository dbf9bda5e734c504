using Microsoft.Diagnostics.Tracing.Etlx;
using Microsoft.Diagnostics.Tracing.Parsers.Clr;

namespace InspectionSuite.Benchmarks.Allocations;

/// <summary>
/// Where a trace's allocations come from: reads the GC's allocation ticks of a <c>dotnet-trace --profile gc-verbose</c>
/// trace (one tick per ~100 KB allocated, with the type and the call stack of the allocation that crossed it) and prints
/// the bytes by type, by the application's own frames (inclusive: a frame counts every allocation below it) and by the
/// framework call that allocated under a given frame. A tick stands for ~100 KB, so the totals are estimates; sites
/// under ~1% of the total are noise. Used by <c>load/fire-cost.sh</c>; see README.md "What a fired trigger costs".
/// </summary>
public static class AllocationSites
{
    public static void Print(string tracePath, int requests, string? under)
    {
        // Converted every time: an .etlx left from an earlier trace of the same name would be read instead.
        using var log = new TraceLog(TraceLog.CreateFromEventPipeDataFile(tracePath, Path.ChangeExtension(tracePath, ".etlx")));
        var byType = new Dictionary<string, long>();
        var byOwnFrame = new Dictionary<string, long>();
        var belowFrame = new Dictionary<string, long>();
        long total = 0;
        foreach (var traceEvent in log.Events)
        {
            if (traceEvent is not GCAllocationTickTraceData tick) continue;
            var bytes = tick.AllocationAmount64;
            total += bytes;
            byType[tick.TypeName] = byType.GetValueOrDefault(tick.TypeName) + bytes;
            var frames = new List<string>();
            for (var frame = tick.CallStack(); frame is not null; frame = frame.Caller)
            {
                if (!string.IsNullOrEmpty(frame.CodeAddress.FullMethodName)) frames.Add(frame.CodeAddress.FullMethodName);
            }
            foreach (var own in frames.Where(f => f.StartsWith("InspectionSuite.", StringComparison.Ordinal)).Distinct())
            {
                byOwnFrame[own] = byOwnFrame.GetValueOrDefault(own) + bytes;
            }
            if (under is not null && frames.FindIndex(f => f.Contains(under, StringComparison.Ordinal)) is > 0 and var at)
            {
                // The calls below the frame asked for, four deep, without the async state machines and their plumbing.
                var path = string.Join(" > ", frames.Take(at).Reverse()
                    .Where(f => !f.StartsWith("System.Runtime.CompilerServices", StringComparison.Ordinal) && !f.Contains(">d__", StringComparison.Ordinal))
                    .Take(4).Select(Short));
                belowFrame[path] = belowFrame.GetValueOrDefault(path) + bytes;
            }
        }
        Console.WriteLine($"allocated {total:N0} bytes in the trace; {total / Math.Max(requests, 1):N0} per request over {requests} requests");
        Table("by type", byType, requests, 20);
        Table("by the application's frames (inclusive)", byOwnFrame, requests, 40);
        if (under is not null) Table($"below {under}", belowFrame, requests, 20);
    }

    private static void Table(string title, Dictionary<string, long> sums, int requests, int rows)
    {
        Console.WriteLine($"--- {title}: bytes per request");
        foreach (var (name, bytes) in sums.OrderByDescending(s => s.Value).Take(rows))
        {
            Console.WriteLine($"{bytes / Math.Max(requests, 1),10:N0}  {Short(name)}");
        }
    }

    private static string Short(string method)
    {
        var name = method.Replace("Microsoft.EntityFrameworkCore.", "EF.", StringComparison.Ordinal);
        var args = name.IndexOf('(', StringComparison.Ordinal);
        return args > 0 ? name[..args] : name;
    }
}
