namespace InspectionSuite.Documents;

public sealed class TemplateSignature
{
    public string AuthorityPrefix { get; init; } = "";
    public string Position { get; init; } = "";
    public string Name { get; init; } = "";
}
