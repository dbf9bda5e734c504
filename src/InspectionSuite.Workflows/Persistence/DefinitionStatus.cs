namespace InspectionSuite.Workflows.Persistence;

/// <summary>Lifecycle of a stored definition version: drafts can be replaced, published versions never change.</summary>
public enum DefinitionStatus { Draft = 0, Published = 1 }
