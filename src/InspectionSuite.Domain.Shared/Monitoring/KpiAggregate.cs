namespace InspectionSuite.Monitoring;

/// <summary>The province's figure for one indicator: sums over the units that reported, never an average of percentages.</summary>
public sealed record KpiAggregate(string Code, long NumeratorSum, long DenominatorSum, decimal? Percent, decimal TargetPercent, KpiOutcome Outcome, int UnitsReported);
