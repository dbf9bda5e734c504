namespace InspectionSuite.Monitoring;

/// <summary>A unit's raw figures for one indicator (non-negative whole numbers; for a share, part ≤ whole).</summary>
public sealed record KpiFigures(long Numerator, long Denominator);
