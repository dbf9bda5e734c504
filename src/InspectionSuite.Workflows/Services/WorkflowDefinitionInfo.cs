namespace InspectionSuite.Workflows.Services;

/// <summary>A stored definition version without its JSON.</summary>
public sealed record WorkflowDefinitionInfo(string DefinitionId, int Version, DefinitionStatus Status, string NameVi, string NameEn, DateTime CreatedAtUtc, DateTime? PublishedAtUtc);
