using InspectionSuite.Workflows.Contracts;

namespace InspectionSuite.Workflows.Tests;

[WorkflowAction("FlagReportOverdue")]
public sealed class FlagReportOverdue(Probe probe) : IWorkflowAction
{
    public ValueTask ExecuteAsync(ActionContext context, CancellationToken ct)
    {
        context.Variables["reportOverdue"] = true;
        Interlocked.Increment(ref probe.Escalations);
        return ValueTask.CompletedTask;
    }
}
