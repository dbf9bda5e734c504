namespace InspectionSuite.Documents;

/// <summary>A bordered table; the header row is bold and repeats on each page.</summary>
public sealed record DocumentTable(IReadOnlyList<string> Header, IReadOnlyList<IReadOnlyList<string>> Rows) : DocumentBlock;
