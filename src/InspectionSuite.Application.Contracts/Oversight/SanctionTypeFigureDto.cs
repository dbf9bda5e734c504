namespace InspectionSuite.Oversight;

public sealed record SanctionTypeFigureDto(SanctionType Type, int Count, decimal AmountDecidedVnd, decimal AmountRecoveredVnd);
