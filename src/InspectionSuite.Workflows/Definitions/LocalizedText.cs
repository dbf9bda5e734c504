namespace InspectionSuite.Workflows.Definitions;

/// <summary>A text in both languages.</summary>
public sealed class LocalizedText
{
    public string Vi { get; set; } = "";
    public string En { get; set; } = "";
    public string Get(string culture) => culture.StartsWith("en", StringComparison.OrdinalIgnoreCase) ? En : Vi;
}
