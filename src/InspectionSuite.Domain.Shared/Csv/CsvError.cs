namespace InspectionSuite.Csv;

/// <summary>An error located in an input file.</summary>
public sealed record CsvError(int Line, string Reason)
{
    public string Format(string? file) => file is null ? $"line {Line}: {Reason}" : $"{file}:{Line}: {Reason}";
}
