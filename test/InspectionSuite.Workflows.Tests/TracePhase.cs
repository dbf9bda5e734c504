using InspectionSuite.Workflows.Contracts;

namespace InspectionSuite.Workflows.Tests;

[WorkflowAction("TracePhase")]
public sealed class TracePhase(Probe probe) : IWorkflowAction
{
    public ValueTask ExecuteAsync(ActionContext context, CancellationToken ct)
    {
        probe.Trace.Enqueue($"{context.Phase} {context.State}");
        return ValueTask.CompletedTask;
    }
}
