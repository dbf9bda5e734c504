namespace InspectionSuite.Sampling;

/// <summary>A risk score 0–100 for a unit; units without one score <see cref="SamplingRequest.DefaultRiskScore"/>.</summary>
public sealed record RiskScore(string UnitCode, int Score);
