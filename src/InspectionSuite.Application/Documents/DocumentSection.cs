namespace InspectionSuite.Documents;

/// <summary>A part of the body, with an optional heading (e.g. "I. MỤC ĐÍCH, YÊU CẦU").</summary>
public sealed record DocumentSection(string Heading, IReadOnlyList<DocumentBlock> Blocks)
{
    public DocumentSection(IReadOnlyList<DocumentBlock> blocks) : this("", blocks) { }
}
