namespace InspectionSuite.Documents;

/// <summary>One of: a paragraph (<see cref="Text"/>), an article (<see cref="Article"/> label + <see cref="Text"/>), a table.</summary>
public sealed class TemplateBlock
{
    public string? Article { get; init; }
    public string? Text { get; init; }
    public bool Bold { get; init; }
    public bool Italic { get; init; }
    public bool Centered { get; init; }
    public TemplateTable? Table { get; init; }
}
