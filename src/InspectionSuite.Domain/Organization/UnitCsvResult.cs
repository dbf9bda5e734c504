using InspectionSuite.Csv;

namespace InspectionSuite.Organization;

/// <summary>Parsed file: rows when valid, otherwise every line-numbered error (callers import nothing then).</summary>
public sealed record UnitCsvResult(IReadOnlyList<UnitCsvRow> Rows, IReadOnlyList<CsvError> Errors)
{
    public bool IsValid => Errors.Count == 0;
}
