namespace InspectionSuite.Monitoring;

/// <summary>Met, not met, or no data: "no data" is never shown as 0% or "not met".</summary>
public enum KpiOutcome { NoData = 0, Met = 1, NotMet = 2 }
