namespace InspectionSuite.Sampling;

/// <summary>The override that would let an unmet quota be met.</summary>
public enum QuotaFix
{
    /// <summary>Quota met; nothing to do.</summary>
    None,
    /// <summary>List some overlap-excluded units as mandatory (overriding their exclusion), see <see cref="StratumSummary.OverrideCandidates"/>.</summary>
    OverrideExclusion,
}
