namespace InspectionSuite.Planning;

/// <summary>Coverage of one stratum (or overall when <see cref="Stratum"/> is null).</summary>
/// <param name="Planned">Units selected, or whose selection passed to them from a merged predecessor.</param>
/// <param name="Completed">Units with a completed check on themselves or on a successor they merged into.</param>
/// <param name="ProjectedCompleted">Year-end projection, see <see cref="PlanCoverageCalculator"/>.</param>
public sealed record StratumCoverage(
    Stratum? Stratum, int N, int Quota, int Planned, int Completed, decimal ProjectedCompleted,
    decimal CoverageRate, decimal ProjectedRate, bool Alert);
