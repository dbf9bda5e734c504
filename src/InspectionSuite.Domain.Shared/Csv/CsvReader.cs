using System.Text;

namespace InspectionSuite.Csv;

/// <summary>
/// RFC 4180 reader: UTF-8 (BOM tolerated), comma separated, double-quoted fields with "" escapes and
/// embedded line breaks. Blank lines are skipped. Used by every CSV import so all report lines alike.
/// </summary>
public static class CsvReader
{
    public static IReadOnlyList<CsvRecord> Parse(string text)
    {
        var records = new List<CsvRecord>();
        var fields = new List<string>();
        var field = new StringBuilder();
        var line = 1;
        var recordLine = 1;
        var inQuotes = false;
        var fieldStarted = false;
        var i = 0;
        if (text.Length > 0 && text[0] == '\uFEFF') i = 1;

        void EndField()
        {
            fields.Add(field.ToString());
            field.Clear();
            fieldStarted = false;
        }

        void EndRecord()
        {
            EndField();
            if (!(fields.Count == 1 && fields[0].Length == 0))
                records.Add(new CsvRecord(recordLine, fields.ToArray()));
            fields.Clear();
        }

        for (; i < text.Length; i++)
        {
            var c = text[i];
            if (inQuotes)
            {
                if (c == '"')
                {
                    if (i + 1 < text.Length && text[i + 1] == '"') { field.Append('"'); i++; }
                    else inQuotes = false;
                }
                else
                {
                    if (c == '\n') line++;
                    field.Append(c);
                }
                continue;
            }
            switch (c)
            {
                case '"' when !fieldStarted && field.Length == 0:
                    inQuotes = true;
                    fieldStarted = true;
                    break;
                case ',':
                    EndField();
                    break;
                case '\r':
                    break;
                case '\n':
                    EndRecord();
                    line++;
                    recordLine = line;
                    break;
                default:
                    field.Append(c);
                    fieldStarted = true;
                    break;
            }
        }
        if (inQuotes) throw new FormatException($"line {recordLine}: unterminated quoted field");
        if (field.Length > 0 || fields.Count > 0) EndRecord();
        return records;
    }

    /// <summary>Splits a parsed file into its header (lower-cased, trimmed names) and data rows.</summary>
    public static (IReadOnlyList<string> Header, IReadOnlyList<CsvRecord> Rows) ParseWithHeader(string text)
    {
        var all = Parse(text);
        if (all.Count == 0) return ([], []);
        var header = all[0].Fields.Select(h => h.Trim().ToLowerInvariant()).ToArray();
        return (header, all.Skip(1).ToArray());
    }
}
