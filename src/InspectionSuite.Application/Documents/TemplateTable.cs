namespace InspectionSuite.Documents;

public sealed class TemplateTable
{
    public List<string> Header { get; init; } = [];
    public List<List<string>> Rows { get; init; } = [];
    /// <summary>
    /// A field whose value is the table's rows, for a table as long as the data (the items of an annual plan): one line per
    /// row, the cells separated by a tab (<see cref="TableRows"/> builds it). Its rows follow the fixed <see cref="Rows"/>.
    /// </summary>
    public string? RowsFrom { get; init; }
}
