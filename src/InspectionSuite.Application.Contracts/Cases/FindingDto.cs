namespace InspectionSuite.Cases;

// ---------------------------------------------------------------- findings

public sealed record FindingDto(Guid Id, string? CriterionCode, string Description, FindingSeverity Severity, string? LegalBasis, decimal? AmountVnd, string? Responsible, FindingStatus Status);
