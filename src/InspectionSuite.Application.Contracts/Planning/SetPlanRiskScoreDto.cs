namespace InspectionSuite.Planning;

public sealed record SetPlanRiskScoreDto(string UnitCode, int Score, string ConcurrencyStamp);
