namespace InspectionSuite.Oversight;

public sealed record UnitFigureDto(Guid UnitId, string UnitCode, string UnitName, int Sanctions, decimal AmountDecidedVnd, decimal AmountRecoveredVnd);
