using InspectionSuite.Csv;

namespace InspectionSuite.Planning;

/// <summary>
/// The one reader of a plan's CSV uploads (State Audit exclusions, risk scores): one row per unit, a unit code column
/// and a value column. Headers match case-insensitively with underscores ignored (<c>unit_code</c> = <c>UnitCode</c>);
/// every code must be a unit of the plan's universe, and any bad line rejects the whole file (errors by line, capped).
/// </summary>
/// <param name="CodeColumn">How the unit code column is named in messages.</param>
/// <param name="ValueColumns">The value column's accepted names, the first preferred.</param>
/// <param name="ExpectedHeader">What the header should be, for the message when a column is missing.</param>
/// <param name="ParseValue">The value of a line, or the error to report for it.</param>
/// <param name="DuplicateError">When set, a unit given twice is an error (this text, given the code and the first line).</param>
public sealed record PlanUnitCsv<T>(
    string CodeColumn, IReadOnlyList<string> ValueColumns, string ExpectedHeader, Func<string, (T? Value, string? Error)> ParseValue,
    Func<string, int, string>? DuplicateError = null)
{
    public sealed record Outcome(IReadOnlyList<(string UnitCode, T Value)> Rows, IReadOnlyList<PlanImportLineError> Errors, int MoreErrors)
    {
        public bool Succeeded => Errors.Count == 0;
    }

    /// <param name="universe">The plan's units: code as typed → code as registered.</param>
    public Outcome Read(string? csvText, IReadOnlyDictionary<string, string> universe, DateOnly asOf)
    {
        IReadOnlyList<string> header;
        IReadOnlyList<CsvRecord> records;
        try { (header, records) = CsvReader.ParseWithHeader(csvText ?? ""); }
        catch (FormatException ex) { return Failed(new PlanImportLineError(1, ex.Message)); }
        var codeColumn = IndexOf(header, CodeColumn);
        var valueColumn = ValueColumns.Select(name => IndexOf(header, name)).FirstOrDefault(i => i >= 0, -1);
        if (codeColumn < 0 || valueColumn < 0) return Failed(new PlanImportLineError(1, "expected header " + ExpectedHeader));

        var errors = new List<PlanImportLineError>();
        var rows = new List<(string, T)>();
        var seen = new Dictionary<string, int>(StringComparer.OrdinalIgnoreCase);
        foreach (var r in records)
        {
            var code = r[codeColumn].Trim();
            if (code.Length == 0) { errors.Add(new(r.Line, $"{CodeColumn} is empty")); continue; }
            if (!universe.TryGetValue(code, out var registered)) { errors.Add(new(r.Line, $"unit '{code}' is not in the register on {asOf:yyyy-MM-dd}")); continue; }
            var (value, error) = ParseValue(r[valueColumn].Trim());
            if (error is not null) { errors.Add(new(r.Line, error)); continue; }
            if (DuplicateError is not null && seen.TryGetValue(registered, out var first)) { errors.Add(new(r.Line, DuplicateError(code, first))); continue; }
            seen.TryAdd(registered, r.Line);
            rows.Add((registered, value!));
        }
        if (errors.Count == 0) return new Outcome(rows, [], 0);
        var (shown, more) = CsvLimits.Cap(errors);
        return new Outcome([], shown, more);
    }

    private static Outcome Failed(PlanImportLineError error) => new([], [error], 0);

    private static int IndexOf(IReadOnlyList<string> header, string name)
    {
        for (var i = 0; i < header.Count; i++)
            if (string.Equals(header[i].Trim().Replace("_", ""), name.Replace("_", ""), StringComparison.OrdinalIgnoreCase)) return i;
        return -1;
    }
}
