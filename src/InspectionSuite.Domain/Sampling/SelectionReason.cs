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
