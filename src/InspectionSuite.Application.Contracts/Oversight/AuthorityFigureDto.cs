namespace InspectionSuite.Oversight;

public sealed record AuthorityFigureDto(AuthorityCode Authority, int Cases, int Sanctions, decimal AmountDecidedVnd, decimal AmountRecoveredVnd);
