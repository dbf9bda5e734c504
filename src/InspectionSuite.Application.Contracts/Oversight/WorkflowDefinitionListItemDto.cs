namespace InspectionSuite.Oversight;

// ---------------------------------------------------------------- admin: workflow definitions

public sealed record WorkflowDefinitionListItemDto(string DefinitionId, int Version, bool IsPublished, string Name, DateTime CreatedAtUtc, DateTime? PublishedAtUtc, int RunningInstances);
