namespace InspectionSuite.Workflows.Contracts;

/// <summary>What a person does with a human task of a running instance. Each call journals on the instance and bumps its version.</summary>
public interface IHumanTaskService
{
    /// <summary>Completes an open task; only its assignee (the user, or a holder of its role) may.</summary>
    Task CompleteAsync(Guid taskId, WorkflowActor actor, string? outcome = null, CancellationToken ct = default);

    /// <summary>Hands an open task to a user or a role (the assignee, or a holder of the reassign permission); returns the new task.</summary>
    Task<HumanTaskInfo> ReassignAsync(Guid taskId, WorkflowActor actor, string? toUserId, string? toRole, CancellationToken ct = default);

    /// <summary>Sends an open task back, with a reason, to whoever handed it over (or its role's pool); returns the new task.</summary>
    Task<HumanTaskInfo> SendBackAsync(Guid taskId, WorkflowActor actor, string reason, CancellationToken ct = default);
}
