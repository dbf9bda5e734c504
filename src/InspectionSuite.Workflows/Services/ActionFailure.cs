namespace InspectionSuite.Workflows.Services;

/// <summary>What happens when an action of the step throws.</summary>
internal enum ActionFailure
{
    /// <summary>Discard the step, save an incident, throw <see cref="WorkflowActionFailedException"/>.</summary>
    RecordIncident,
    /// <summary>Throw <see cref="StepFailedException"/>: the caller owns the transaction and rolls it back.</summary>
    FailCallersStep,
}
