using System.Globalization;
using InspectionSuite.Csv;
using InspectionSuite.Sampling;

namespace InspectionSuite.Cli.Sampling;

/// <summary>
/// Reads the side files of <c>sample</c> (history, mandatory, exclude, risk) with the shared <see cref="CsvReader"/>,
/// collecting every error as <c>file:line: reason</c> so one run reports all of them.
/// </summary>
public sealed class SampleInputFiles(IReadOnlySet<string> knownUnits)
{
    public List<string> Errors { get; } = [];

    public IReadOnlyList<CompletedCheck> History(string path) => Read(path, ["unit_code", "year", "authority"], (row, error) =>
    {
        var code = row("unit_code");
        if (code.Length == 0) error("unit_code is empty");
        if (!int.TryParse(row("year"), NumberStyles.None, CultureInfo.InvariantCulture, out var year) || year is < 1900 or > 9999)
            error($"year '{row("year")}' is not a year");
        if (!TryAuthority(row("authority"), out var authority))
            error($"unknown authority '{row("authority")}' (NoiVu, ThanhTra)");
        return new CompletedCheck(code, year, authority); // history may name units gone from the register (merged away)
    });

    public IReadOnlyList<UnitReason> Reasons(string path) => Read(path, ["unit_code", "reason"], (row, error) =>
    {
        var code = KnownCode(row("unit_code"), error);
        if (row("reason").Length == 0) error("reason is empty");
        return new UnitReason(code, row("reason"));
    });

    public IReadOnlyList<RiskScore> Risks(string path)
    {
        var seen = new Dictionary<string, int>(StringComparer.OrdinalIgnoreCase);
        return Read(path, ["unit_code", "score"], (row, error) =>
        {
            var code = KnownCode(row("unit_code"), error);
            if (!int.TryParse(row("score"), NumberStyles.None, CultureInfo.InvariantCulture, out var score) || score > 100)
                error($"score '{row("score")}' is not an integer 0–100");
            return new RiskScore(code, score);
        }, (record, row, error) =>
        {
            if (row.UnitCode.Length > 0 && !seen.TryAdd(row.UnitCode, record.Line))
                error($"duplicate risk score for '{row.UnitCode}' (first on line {seen[row.UnitCode]})");
        });
    }

    public static bool TryAuthority(string text, out AuthorityCode authority)
    {
        authority = default;
        return text.Length > 0 && !char.IsDigit(text[0]) && Enum.TryParse(text, ignoreCase: true, out authority) && Enum.IsDefined(authority);
    }

    private string KnownCode(string code, Action<string> error)
    {
        if (code.Length == 0) error("unit_code is empty");
        else if (!knownUnits.Contains(code)) error($"unit '{code}' is not in the units file");
        return code;
    }

    private IReadOnlyList<T> Read<T>(string path, string[] columns, Func<Func<string, string>, Action<string>, T> parse,
        Action<CsvRecord, T, Action<string>>? check = null)
    {
        string text;
        try { text = File.ReadAllText(path); }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            Errors.Add($"{path}:0: cannot read file: {ex.Message}");
            return [];
        }
        IReadOnlyList<string> header;
        IReadOnlyList<CsvRecord> records;
        try { (header, records) = CsvReader.ParseWithHeader(text); }
        catch (FormatException ex)
        {
            // CsvReader says "line N: reason"; turn it into "file:N: reason".
            Errors.Add(ex.Message.StartsWith("line ", StringComparison.Ordinal) ? $"{path}:{ex.Message[5..]}" : $"{path}:1: {ex.Message}");
            return [];
        }
        var index = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var i = 0; i < header.Count; i++)
            if (!columns.Contains(header[i])) Errors.Add($"{path}:1: unknown column '{header[i]}'");
            else if (!index.TryAdd(header[i], i)) Errors.Add($"{path}:1: duplicate column '{header[i]}'");
        foreach (var missing in columns.Where(c => !index.ContainsKey(c)))
            Errors.Add($"{path}:1: missing column '{missing}' (expected header {string.Join(',', columns)})");
        if (columns.Any(c => !index.ContainsKey(c))) return [];

        var rows = new List<T>(records.Count);
        foreach (var record in records)
        {
            void Error(string reason) => Errors.Add($"{path}:{record.Line}: {reason}");
            if (record.Fields.Count > header.Count) Error($"{record.Fields.Count} fields, header has {header.Count}");
            var row = parse(column => record[index[column]].Trim(), Error);
            check?.Invoke(record, row, Error);
            rows.Add(row);
        }
        return rows;
    }
}
