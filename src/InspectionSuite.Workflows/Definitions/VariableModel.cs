namespace InspectionSuite.Workflows.Definitions;

/// <summary>A declared variable.</summary>
public sealed class VariableModel
{
    public string Type { get; set; } = "string";
    public bool Required { get; set; }
    public LocalizedText? Label { get; set; }
}
