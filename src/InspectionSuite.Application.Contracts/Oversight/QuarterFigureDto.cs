namespace InspectionSuite.Oversight;

public sealed record QuarterFigureDto(int Quarter, int Cases, int Sanctions, decimal AmountDecidedVnd, decimal AmountRecoveredVnd);
