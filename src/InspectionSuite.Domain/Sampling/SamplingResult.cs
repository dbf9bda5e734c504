namespace InspectionSuite.Sampling;

/// <summary>A complete, reproducible draw: one decision per universe unit (sorted ordinal by code) and per-stratum counts.</summary>
public sealed record SamplingResult(
    string AlgorithmVersion,
    string Seed,
    int Year,
    AuthorityCode Authority,
    decimal Rate,
    int CooldownYears,
    int RotationYears,
    DateOnly AsOf,
    IReadOnlyList<UnitSelection> Units,
    IReadOnlyList<StratumSummary> Strata)
{
    public bool QuotaMet => Strata.All(s => s.Shortfall == 0);
}
