namespace InspectionSuite.Documents;

/// <summary>A body paragraph; a line break in <see cref="Text"/> starts a new paragraph of the same style.</summary>
public sealed record DocumentParagraph(string Text, bool Bold = false, bool Italic = false, bool Centered = false) : DocumentBlock;
