namespace InspectionSuite.Sampling;

/// <summary>
/// Why a unit is (not) in the plan. Exactly one per unit of the universe. The CSV reason codes (MANDATORY, …) are a
/// contract of their own: <see cref="SelectionReasonCodes"/> maps them explicitly.
/// </summary>
public enum SelectionReason
{
    /// <summary>Listed as mandatory (complaint, poor prior result, directive…). Always selected, even if excluded or in cooldown.</summary>
    Mandatory,
    /// <summary>Last check by this authority is ceil(1/rate) or more years back. Always selected unless excluded for overlap.</summary>
    OverdueRotation,
    /// <summary>Filled a slot because it belongs to a group of longest-unchecked units that fit whole into the remaining slots.</summary>
    Rotation,
    /// <summary>Won the risk-weighted draw among equally long unchecked units competing for the last slots.</summary>
    RiskDraw,
    /// <summary>In cooldown but selected because the quota could not be met otherwise.</summary>
    CooldownOverridden,
    /// <summary>Excluded for overlap with the other authority or State Audit; not selected.</summary>
    ExcludedOverlap,
    /// <summary>Checked by this authority within the cooldown; not selected.</summary>
    ExcludedCooldown,
    /// <summary>Eligible but the quota was filled by units with higher priority or luck.</summary>
    NotDrawn,
}

/// <summary>The override that would let an unmet quota be met.</summary>
public enum QuotaFix
{
    /// <summary>Quota met; nothing to do.</summary>
    None,
    /// <summary>List some overlap-excluded units as mandatory (overriding their exclusion), see <see cref="StratumSummary.OverrideCandidates"/>.</summary>
    OverrideExclusion,
}

/// <summary>The decision for one unit of the universe.</summary>
/// <param name="LastCheckedYear">Effective last completed check by this authority (merges applied); null when never checked.</param>
public sealed record UnitSelection(
    string Code,
    UnitKind Kind,
    Stratum Stratum,
    bool Selected,
    SelectionReason Reason,
    string Detail,
    int? LastCheckedYear,
    int RiskScore)
{
    /// <summary>The data <see cref="Detail"/> is written from, for a sentence in the reader's language (null when not known).</summary>
    public SelectionFacts? Facts { get; init; }
}

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
