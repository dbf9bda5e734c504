namespace InspectionSuite.Web.Pages;

/// <summary>A Mermaid diagram's text alternative (Shared/_DiagramText): the diagram's source and the id the drawing points to.</summary>
public sealed record DiagramTextModel(string Diagram, string Id);
