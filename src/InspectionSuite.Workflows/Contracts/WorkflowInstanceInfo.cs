namespace InspectionSuite.Workflows.Contracts;

/// <summary>Summary of an instance (no variables).</summary>
public sealed record WorkflowInstanceInfo(Guid Id, string DefinitionId, int DefinitionVersion, string CorrelationId, string State, string Status, int Version, DateTime CreatedAtUtc, DateTime UpdatedAtUtc);
