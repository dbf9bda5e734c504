using InspectionSuite.Csv;

namespace InspectionSuite.Documents;

/// <summary>
/// CSV form of a <see cref="TabularExport"/> through the shared <see cref="CsvWriter"/>: a header row then
/// the data, values culture-independent (see <see cref="TabularExport.FormatInvariant"/>), text that a spreadsheet would run as
/// a formula neutralised by <see cref="CsvWriter.NeutralizeFormula"/>. The title is not written.
/// </summary>
public static class TabularCsvWriter
{
    public static string Write(TabularExport export)
    {
        export.Validate();
        return CsvWriter.Write(
            export.Columns.Select(c => c.Header),
            export.Rows.Select(row => export.Columns.Select((c, i) => (string?)TabularExport.FormatInvariant(c, i < row.Count ? row[i] : null))));
    }

    /// <summary>UTF-8 with a BOM so Excel opens Vietnamese text correctly.</summary>
    public static byte[] WriteUtf8(TabularExport export)
        => [.. System.Text.Encoding.UTF8.GetPreamble(), .. System.Text.Encoding.UTF8.GetBytes(Write(export))];
}
