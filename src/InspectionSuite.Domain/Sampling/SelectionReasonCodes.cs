namespace InspectionSuite.Sampling;

/// <summary>
/// The reason codes of the CSV files (CLI output, plan export): upper snake case, a contract with the files' readers,
/// mapped explicitly so that renaming a <see cref="SelectionReason"/> member never changes a file.
/// </summary>
public static class SelectionReasonCodes
{
    private static readonly (SelectionReason Reason, string Code)[] Map =
    [
        (SelectionReason.Mandatory, "MANDATORY"),
        (SelectionReason.OverdueRotation, "OVERDUE_ROTATION"),
        (SelectionReason.Rotation, "ROTATION"),
        (SelectionReason.RiskDraw, "RISK_DRAW"),
        (SelectionReason.CooldownOverridden, "COOLDOWN_OVERRIDDEN"),
        (SelectionReason.ExcludedOverlap, "EXCLUDED_OVERLAP"),
        (SelectionReason.ExcludedCooldown, "EXCLUDED_COOLDOWN"),
        (SelectionReason.NotDrawn, "NOT_DRAWN"),
    ];

    /// <summary>The CSV code of <paramref name="reason"/>.</summary>
    public static string Code(this SelectionReason reason)
    {
        foreach (var (r, code) in Map)
            if (r == reason) return code;
        throw new ArgumentOutOfRangeException(nameof(reason), reason, null);
    }

    /// <summary>
    /// The resource key of the reason's words for people ("SamplingReason.RiskDraw" → "Bốc chọn theo mức rủi ro"), shown on
    /// the plan page and in the .xlsx annex; the CSV keeps <see cref="Code"/> (its contract).
    /// </summary>
    public static string TextKey(this SelectionReason reason) => TextKey(reason.ToString());

    /// <inheritdoc cref="TextKey(SelectionReason)"/>
    public static string TextKey(string reasonName) => "SamplingReason." + reasonName;

    /// <summary>A reason from its CSV code or its name, case-insensitive (filters accept both spellings).</summary>
    public static bool TryParse(string? text, out SelectionReason reason)
    {
        var t = text?.Trim();
        foreach (var (r, code) in Map)
            if (string.Equals(t, code, StringComparison.OrdinalIgnoreCase) || string.Equals(t, r.ToString(), StringComparison.OrdinalIgnoreCase))
            {
                reason = r;
                return true;
            }
        reason = default;
        return false;
    }
}
