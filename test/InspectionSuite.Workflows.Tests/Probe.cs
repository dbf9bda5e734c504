using System.Collections.Concurrent;

namespace InspectionSuite.Workflows.Tests;

/// <summary>Shared switches and counters, one instance for all hosts of a test.</summary>
public sealed class Probe
{
    public volatile bool FailFlaky;
    public int Escalations;
    /// <summary>"Phase State" of every <see cref="TracePhase"/> run, in order.</summary>
    public ConcurrentQueue<string> Trace { get; } = new();
}
