namespace InspectionSuite.Cases;

public sealed record ReportImplementationDto(Guid SanctionId, ImplementationStatus Status, decimal AmountRecoveredVnd, string? Note, string ConcurrencyStamp);
