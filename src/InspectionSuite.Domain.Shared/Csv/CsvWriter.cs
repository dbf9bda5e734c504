using System.Text;

namespace InspectionSuite.Csv;

/// <summary>
/// Writes RFC 4180 CSV (UTF-8, "\n" line ends, quotes only where needed). The counterpart of <see cref="CsvReader"/>.
/// Every CSV the app produces goes through here, so this is the one place that neutralises spreadsheet formulas.
/// </summary>
public static class CsvWriter
{
    /// <summary>First characters that make Excel/LibreOffice evaluate a cell as a formula (OWASP "CSV injection").</summary>
    public static readonly char[] FormulaTriggers = ['=', '+', '-', '@', '\t', '\r'];

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

    /// <summary>The field as written: formula-neutralised (<see cref="NeutralizeFormula"/>), then quoted where needed.</summary>
    public static string Escape(string field)
    {
        field = NeutralizeFormula(field);
        return field.AsSpan().IndexOfAny(",\"\r\n") >= 0 ? "\"" + field.Replace("\"", "\"\"") + "\"" : field;
    }

    /// <summary>
    /// Prefixes an apostrophe to a value a spreadsheet would run as a formula. A plain invariant number ("-1250000",
    /// "-0.5") is left alone: the writer gets text, not types, and a number cannot carry a formula, so amounts stay
    /// numbers when opened in Excel.
    /// </summary>
    public static string NeutralizeFormula(string field)
        => field.Length > 0 && Array.IndexOf(FormulaTriggers, field[0]) >= 0 && !IsInvariantNumber(field) ? "'" + field : field;

    /// <summary>What the app writes for long/decimal values: optional sign, digits, optional decimal point; no spaces, grouping or exponent.</summary>
    public static bool IsInvariantNumber(string field)
        => decimal.TryParse(field, NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out _);
}
