namespace InspectionSuite.Cases;

public sealed record RecordFindingDto(string? CriterionCode, string Description, FindingSeverity Severity, string? LegalBasis, decimal? AmountVnd, string? Responsible, string ConcurrencyStamp);
