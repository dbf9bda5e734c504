namespace InspectionSuite.Workflows.Contracts;

/// <summary>
/// A named side effect run on state entry/exit or as a deadline escalation. It may change entities in the
/// caller's DbContext: they commit in the same transaction as the workflow step, or not at all.
/// </summary>
public interface IWorkflowAction
{
    ValueTask ExecuteAsync(ActionContext context, CancellationToken ct);
}

/// <summary>When an action runs.</summary>
public enum ActionPhase { Entry, Exit, Escalation }

/// <summary>What an action may look at; <see cref="Variables"/> may be changed and is saved with the instance.</summary>
public sealed record ActionContext(
    Guid InstanceId,
    string CorrelationId,
    string DefinitionId,
    int DefinitionVersion,
    string State,
    ActionPhase Phase,
    string? Trigger,
    WorkflowActor Actor,
    JsonNode? Payload,
    JsonObject Variables);

/// <summary>Marks an <see cref="IWorkflowAction"/> with the name workflow definitions use.</summary>
[AttributeUsage(AttributeTargets.Class, AllowMultiple = false)]
public sealed class WorkflowActionAttribute(string name) : Attribute
{
    public string Name { get; } = name;
}
