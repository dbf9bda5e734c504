namespace InspectionSuite.Workflows.Contracts;

/// <summary>Default notifier: no-op.</summary>
public sealed class NullWorkflowNotifier : IWorkflowNotifier
{
    public ValueTask NotifyOverdueAsync(OverdueNotice notice, CancellationToken ct) => ValueTask.CompletedTask;
}
