namespace InspectionSuite.Cases;

public sealed record ConfirmFindingDto(string Description, FindingSeverity Severity, string? LegalBasis, decimal? AmountVnd, string? Responsible, string ConcurrencyStamp);
