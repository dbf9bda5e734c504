namespace InspectionSuite.Workflows.Contracts;

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
