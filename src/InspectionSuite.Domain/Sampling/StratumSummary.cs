namespace InspectionSuite.Sampling;

/// <summary>Counts for one stratum. <see cref="Shortfall"/> &gt; 0 only when exclusions leave too few units.</summary>
public sealed record StratumSummary(
    Stratum Stratum,
    int N,
    int Quota,
    int Selected,
    int Shortfall,
    QuotaFix Fix,
    string FixDetail,
    IReadOnlyList<string> OverrideCandidates);
