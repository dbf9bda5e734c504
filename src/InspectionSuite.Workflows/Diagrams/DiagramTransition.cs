namespace InspectionSuite.Workflows.Diagrams;

/// <summary>One arrow of a diagram: from and to state labels and the transition's own label.</summary>
public sealed record DiagramTransition(string From, string To, string Label);
