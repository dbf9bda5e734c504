using InspectionSuite.Workflows.Contracts;

namespace InspectionSuite.Workflows.Tests;

[WorkflowAction("RecordNote")]
public sealed class RecordNote(TestDbContext db) : IWorkflowAction
{
    public ValueTask ExecuteAsync(ActionContext context, CancellationToken ct)
    {
        db.Add(new CaseNote { Id = Guid.NewGuid(), CaseId = context.CorrelationId, Text = $"entered {context.State}" });
        return ValueTask.CompletedTask;
    }
}
