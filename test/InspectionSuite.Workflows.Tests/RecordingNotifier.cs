using System.Collections.Concurrent;
using InspectionSuite.Workflows.Contracts;

namespace InspectionSuite.Workflows.Tests;

public sealed class RecordingNotifier : IWorkflowNotifier
{
    public ConcurrentBag<OverdueNotice> Notices { get; } = [];
    public ValueTask NotifyOverdueAsync(OverdueNotice notice, CancellationToken ct)
    {
        Notices.Add(notice);
        return ValueTask.CompletedTask;
    }
}
