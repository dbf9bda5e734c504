namespace InspectionSuite.Documents;

public sealed class TemplateSection
{
    public string Heading { get; init; } = "";
    public List<TemplateBlock> Blocks { get; init; } = [];
}
