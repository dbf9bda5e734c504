namespace InspectionSuite.Workflows.Contracts;

/// <summary>
/// A named side effect run on state entry/exit or as a deadline escalation. It may change entities in the
/// caller's DbContext: they commit in the same transaction as the workflow step, or not at all.
/// </summary>
public interface IWorkflowAction
{
    ValueTask ExecuteAsync(ActionContext context, CancellationToken ct);
}
