namespace InspectionSuite.Documents;

public sealed record ImplementationIndicator(string Name, long Numerator, long Denominator, decimal? Percent, decimal TargetPercent, Monitoring.KpiOutcome Outcome);
