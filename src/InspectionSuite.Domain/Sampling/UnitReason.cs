namespace InspectionSuite.Sampling;

/// <summary>A unit named with a reason: a mandatory inclusion or an exclusion for overlap.</summary>
public sealed record UnitReason(string UnitCode, string Reason);
