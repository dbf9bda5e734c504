using InspectionSuite.Workflows.Contracts;

namespace InspectionSuite.Workflows.Tests;

[WorkflowAction("Flaky")]
public sealed class Flaky(Probe probe, TestDbContext db) : IWorkflowAction
{
    public ValueTask ExecuteAsync(ActionContext context, CancellationToken ct)
    {
        db.Add(new CaseNote { Id = Guid.NewGuid(), CaseId = context.CorrelationId, Text = "flaky ran" });
        if (probe.FailFlaky) throw new InvalidOperationException("document service unavailable");
        return ValueTask.CompletedTask;
    }
}
