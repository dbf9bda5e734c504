using System.Text;

namespace InspectionSuite.Csv;

/// <summary>Writes RFC 4180 CSV (UTF-8, "\n" line ends, quotes only where needed). The counterpart of <see cref="CsvReader"/>.</summary>
public static class CsvWriter
{
    public static string Write(IEnumerable<string> header, IEnumerable<IEnumerable<string?>> rows)
    {
        var sb = new StringBuilder();
        AppendRow(sb, header);
        foreach (var row in rows) AppendRow(sb, row);
        return sb.ToString();
    }

    public static void AppendRow(StringBuilder sb, IEnumerable<string?> fields)
    {
        var first = true;
        foreach (var field in fields)
        {
            if (!first) sb.Append(',');
            first = false;
            sb.Append(Escape(field ?? ""));
        }
        sb.Append('\n');
    }

    public static string Escape(string field)
        => field.AsSpan().IndexOfAny(",\"\r\n") >= 0 ? "\"" + field.Replace("\"", "\"\"") + "\"" : field;
}
