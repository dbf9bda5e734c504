namespace InspectionSuite.Monitoring;

/// <summary>How an indicator turns raw figures into a result: a share (part / whole) or a reduction vs last year.</summary>
public enum KpiKind { ShareAtLeast = 1, ReductionAtLeast = 2 }
