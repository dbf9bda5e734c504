using InspectionSuite.Csv;

namespace InspectionSuite.Organization;

/// <summary>
/// Parses the unit register format shared by the register import and the sampling CLI:
/// <c>code,name,kind[,valid_from,valid_to,predecessors]</c> with a header row. Dates are ISO
/// (yyyy-MM-dd); predecessors are unit codes separated by ';'. Kinds: Department, Commune, Ward, SpecialZone.
/// </summary>
public static class UnitCsvParser
{
    public static readonly string[] RequiredColumns = ["code", "name", "kind"];
    public static readonly string[] OptionalColumns = ["valid_from", "valid_to", "predecessors"];

    public static UnitCsvResult Parse(string text)
    {
        IReadOnlyList<string> header;
        IReadOnlyList<CsvRecord> records;
        try
        {
            (header, records) = CsvReader.ParseWithHeader(text);
        }
        catch (FormatException ex)
        {
            return new UnitCsvResult([], [new CsvError(1, ex.Message)]);
        }

        var errors = new List<CsvError>();
        if (header.Count == 0)
            return new UnitCsvResult([], [new CsvError(1, "empty file: expected header code,name,kind[,valid_from,valid_to,predecessors]")]);

        var columns = new Dictionary<string, int>();
        for (var i = 0; i < header.Count; i++)
        {
            if (!RequiredColumns.Contains(header[i]) && !OptionalColumns.Contains(header[i]))
                errors.Add(new CsvError(1, $"unknown column '{header[i]}'"));
            else if (!columns.TryAdd(header[i], i))
                errors.Add(new CsvError(1, $"duplicate column '{header[i]}'"));
        }
        foreach (var required in RequiredColumns.Where(c => !columns.ContainsKey(c)))
            errors.Add(new CsvError(1, $"missing column '{required}'"));
        if (errors.Count > 0) return new UnitCsvResult([], errors);

        string Field(CsvRecord r, string column) => columns.TryGetValue(column, out var i) ? r[i].Trim() : "";

        var rows = new List<UnitCsvRow>();
        var seen = new Dictionary<string, int>(StringComparer.OrdinalIgnoreCase);
        foreach (var record in records)
        {
            var rowErrors = new List<string>();
            if (record.Fields.Count > header.Count)
                rowErrors.Add($"{record.Fields.Count} fields, header has {header.Count}");
            var code = Field(record, "code");
            var name = Field(record, "name");
            var kindText = Field(record, "kind");
            var codeViolations = UnitRegisterRules.CheckCode(code);
            rowErrors.AddRange(codeViolations.Select(LineText));
            if (codeViolations.Count == 0 && seen.TryGetValue(code, out var firstLine)) rowErrors.Add($"duplicate code '{code}' (first on line {firstLine})");
            rowErrors.AddRange(UnitRegisterRules.CheckName(name).Select(LineText));
            if (!TryParseKind(kindText, out var kind)) rowErrors.Add($"unknown kind '{kindText}' (Department, Commune, Ward, SpecialZone)");
            var validFrom = ParseDate(Field(record, "valid_from"), "valid_from", rowErrors);
            var validTo = ParseDate(Field(record, "valid_to"), "valid_to", rowErrors);
            rowErrors.AddRange(UnitRegisterRules.CheckValidity(validFrom, validTo).Select(LineText));
            var predecessors = Field(record, "predecessors")
                .Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
            if (predecessors.Any(p => string.Equals(p, code, StringComparison.OrdinalIgnoreCase)))
                rowErrors.Add("a unit cannot be its own predecessor");

            if (code.Length > 0) seen.TryAdd(code, record.Line);
            if (rowErrors.Count > 0)
                errors.AddRange(rowErrors.Select(e => new CsvError(record.Line, e)));
            else
                rows.Add(new UnitCsvRow(record.Line, code, name, kind, validFrom, validTo, predecessors));
        }
        return new UnitCsvResult(errors.Count == 0 ? rows : [], errors);
    }

    // The file's contract: English line texts (the CLI prints them too).
    private static string LineText(UnitRuleViolation violation) => violation switch
    {
        UnitRuleViolation.CodeEmpty => "code is empty",
        UnitRuleViolation.CodeTooLong => $"code longer than {UnitConsts.MaxCodeLength} characters",
        UnitRuleViolation.NameEmpty => "name is empty",
        UnitRuleViolation.NameTooLong => $"name longer than {UnitConsts.MaxNameLength} characters",
        UnitRuleViolation.ValidityReversed => "valid_from is after valid_to",
        _ => violation.ToString(),
    };

    public static bool TryParseKind(string text, out UnitKind kind)
    {
        kind = default;
        return text.Length > 0 && !char.IsDigit(text[0]) && Enum.TryParse(text, ignoreCase: true, out kind) && Enum.IsDefined(kind);
    }

    private static DateOnly? ParseDate(string text, string column, List<string> errors)
    {
        if (text.Length == 0) return null;
        if (DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date)) return date;
        errors.Add($"{column} '{text}' is not a date (yyyy-MM-dd)");
        return null;
    }
}
