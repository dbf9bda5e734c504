namespace InspectionSuite.Csv;

/// <summary>One parsed CSV record with the 1-based line number it started on (for "file:line: reason" errors).</summary>
public sealed record CsvRecord(int Line, IReadOnlyList<string> Fields)
{
    public string this[int index] => index < Fields.Count ? Fields[index] : "";
    public bool Has(int index) => index < Fields.Count && Fields[index].Length > 0;
}
