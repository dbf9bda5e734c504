namespace InspectionSuite.Workflows.Contracts;

/// <summary>What a person does with a human task of a running instance. Each call journals on the instance and bumps its version.</summary>
public interface IHumanTaskService
{
    /// <summary>Completes an open task; only its assignee (the user, or a holder of its role) may.</summary>
    Task CompleteAsync(Guid taskId, WorkflowActor actor, string? outcome = null, CancellationToken ct = default);

    /// <summary>
    /// Opens a task the instance's current state declares <c>onRequest</c> (e.g. Leadership's "Gia hạn" when the team asks for
    /// an extension), journaled as <c>TaskOpened</c> with the payload. Refused when the state does not declare it
    /// (<c>Workflow:050015</c>) or one is already open (<c>Workflow:050016</c>). Saves the caller's pending changes with it.
    /// </summary>
    Task<HumanTaskInfo> OpenOnRequestAsync(Guid instanceId, string taskName, WorkflowActor actor, string? payloadJson = null, CancellationToken ct = default);

    /// <summary>
    /// Completes the open task(s) of that name because the record it asks for was made (e.g. the Điều 52 letter recorded):
    /// the caller has authorized the record, so the assignee is not checked. Returns whether a task was open. Saves the
    /// caller's pending changes with it (always, even when no task was open).
    /// </summary>
    Task<bool> CompleteByRecordAsync(Guid instanceId, string taskName, WorkflowActor actor, string outcome, CancellationToken ct = default);

    /// <summary>Hands an open task to a user or a role (the assignee, or a holder of the reassign permission); returns the new task.</summary>
    Task<HumanTaskInfo> ReassignAsync(Guid taskId, WorkflowActor actor, string? toUserId, string? toRole, CancellationToken ct = default);

    /// <summary>Sends an open task back, with a reason, to whoever handed it over (or its role's pool); returns the new task.</summary>
    Task<HumanTaskInfo> SendBackAsync(Guid taskId, WorkflowActor actor, string reason, CancellationToken ct = default);
}
