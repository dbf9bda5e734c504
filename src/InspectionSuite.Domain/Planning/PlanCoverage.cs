namespace InspectionSuite.Planning;

public sealed record PlanCoverage(
    DateOnly Today, decimal ElapsedFraction, DateOnly AlertFrom, bool AlertActive, decimal TargetRate,
    IReadOnlyList<StratumCoverage> Strata, StratumCoverage Overall)
{
    public bool AnyAlert => Strata.Any(s => s.Alert) || Overall.Alert;
}
