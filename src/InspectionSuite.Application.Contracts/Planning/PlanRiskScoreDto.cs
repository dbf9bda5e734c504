namespace InspectionSuite.Planning;

/// <summary>A unit's risk score for the draw (0–100; units without one score 50).</summary>
public sealed record PlanRiskScoreDto(string UnitCode, string? UnitName, int Score);
