namespace InspectionSuite.Workflows.Diagrams;

/// <summary>A diagram as text: state labels in order, the initial and current state's labels, transitions between labels.</summary>
public sealed record DiagramOutline(IReadOnlyList<string> States, string? Initial, IReadOnlyList<DiagramTransition> Transitions, string? Current);
