namespace InspectionSuite.Monitoring;

/// <summary>Where a unit's periodic report stands (returned reports wait for the unit to resubmit).</summary>
public enum KpiReportStatus { Submitted = 1, Returned = 2 }
