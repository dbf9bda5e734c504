namespace InspectionSuite.Cases;

/// <summary>The team leader's báo cáo kết quả (<c>ResultsReport</c>).</summary>
public sealed record ResultsReportDto(string? Number, DateOnly? Date, string? Text)
{
    public static readonly ResultsReportDto None = new(null, null, null);
}
