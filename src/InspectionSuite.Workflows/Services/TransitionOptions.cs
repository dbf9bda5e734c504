namespace InspectionSuite.Workflows.Services;

/// <summary>Who fires a transition decides whether the trigger's permission is checked, what the journal calls the step, and where a failed action goes.</summary>
internal sealed record TransitionOptions(bool CheckPermission, string JournalKind, ActionFailure OnActionFailure, WorkflowIncident? Resolving = null)
{
    /// <summary>A user fires: permission checked; a failed action is saved as an incident.</summary>
    public static readonly TransitionOptions ByActor = new(CheckPermission: true, Persistence.JournalKind.Transition, ActionFailure.RecordIncident);

    /// <summary>An expired deadline fires its escalation trigger inside the timer's claim transaction: a failure is the timer's to record.</summary>
    public static readonly TransitionOptions ByDeadline = new(CheckPermission: false, Persistence.JournalKind.Transition, ActionFailure.FailCallersStep);

    /// <summary>An administrator retries the incident's trigger (already authorized when it first fired); success resolves it, failure counts an attempt.</summary>
    public static TransitionOptions Retrying(WorkflowIncident incident) => new(CheckPermission: false, Persistence.JournalKind.Retried, ActionFailure.RecordIncident, incident);
}
