namespace InspectionSuite.Workflows.Contracts;

/// <summary>An action threw during a step: the step was rolled back (state unchanged) and an incident was recorded for retry.</summary>
public sealed class WorkflowActionFailedException(Guid incidentId, string? actionName, Exception inner)
    : BusinessException(WorkflowErrorCodes.ActionFailed, actionName ?? "", incidentId)
{
    public Guid IncidentId { get; } = incidentId;
    public string? ActionName { get; } = actionName;
    public Exception Failure { get; } = inner;
}
