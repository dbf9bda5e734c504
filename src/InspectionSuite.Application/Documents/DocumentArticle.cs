namespace InspectionSuite.Documents;

/// <summary>"Điều 1. ..." — the label is bold, the text follows on the same line.</summary>
public sealed record DocumentArticle(string Label, string Text) : DocumentBlock;
