namespace InspectionSuite.Workflows.Contracts;

/// <summary>A named condition a transition needs (e.g. "ResultsReportAttached"). Registered with <see cref="WorkflowGuardAttribute"/>.</summary>
public interface IWorkflowGuard
{
    ValueTask<GuardResult> CheckAsync(GuardContext context, CancellationToken ct);
}
