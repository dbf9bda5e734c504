namespace InspectionSuite.Workflows.Contracts;

/// <summary>What a guard may look at: the instance, the transition asked for, the actor and the payload.</summary>
public sealed record GuardContext(
    Guid InstanceId,
    string CorrelationId,
    string DefinitionId,
    int DefinitionVersion,
    string Transition,
    string Trigger,
    string From,
    string To,
    WorkflowActor Actor,
    JsonNode? Payload,
    JsonObject Variables,
    GuardParameters? Parameters = null);
