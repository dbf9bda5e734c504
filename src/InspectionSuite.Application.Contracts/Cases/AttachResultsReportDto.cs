namespace InspectionSuite.Cases;

public sealed record AttachResultsReportDto(string? Number, DateOnly Date, string Text, string ConcurrencyStamp);
