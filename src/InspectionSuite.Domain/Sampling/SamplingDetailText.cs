using InspectionSuite.Localization;
using InspectionSuite.Planning;

namespace InspectionSuite.Sampling;

/// <summary>
/// Why a unit is (not) in the plan, as a sentence in the reader's language (issue 18: Vietnamese by default, English on the
/// English UI), built from the reason and the engine's <see cref="SelectionFacts"/> through the localizer — the plan page and
/// the .xlsx annex. The same cases as the engine's English sentence (<c>SamplingEngine.Detail</c>), clause for clause; the
/// CSV export keeps that English sentence next to its reason code (its contract).
/// </summary>
public static class SamplingDetailText
{
    /// <summary>
    /// The sentence of a drawn item. Hand-listed items (Thanh tra tỉnh's list: their detail is the legal basis people typed)
    /// and items drawn before the facts were stored have no facts: their stored text is shown as it is.
    /// </summary>
    public static string Of(InspectionSuiteLocalizer l, PlanItem item)
    {
        var facts = item.Subject is null ? SelectionFacts.FromJson(item.DetailFacts) : null;
        if (facts is null) return item.Detail;
        var sentence = Sentence(l, item.Reason, facts);
        return item.Amendment > 0 ? l["SamplingDetail.TopUp", item.Amendment, sentence] : sentence;
    }

    public static string Sentence(InspectionSuiteLocalizer l, SelectionReason reason, SelectionFacts f)
    {
        var last = f.LastCheckedYear is { } ly ? l["SamplingDetail.LastChecked", ly, f.Year - ly]
            : f.NoHistory ? l["SamplingDetail.NeverNoHistory"]
            : l["SamplingDetail.Never", f.NeverBase, f.Year - f.NeverBase];
        switch (reason)
        {
            case SelectionReason.Mandatory:
                var text = l["SamplingDetail.Mandatory", f.MandatoryWhy];
                if (f.OverlapWhy is not null) text += l["SamplingDetail.MandatoryOverridesOverlap", f.OverlapWhy];
                if (f.InCooldown) text += l["SamplingDetail.MandatoryInCooldown", last];
                else if (f.Overdue) text += l["SamplingDetail.MandatoryOverdue", last];
                return text;
            case SelectionReason.ExcludedOverlap:
                return f.Overdue ? l["SamplingDetail.ExcludedOverlapOverdue", f.OverlapWhy, last] : l["SamplingDetail.ExcludedOverlap", f.OverlapWhy];
            case SelectionReason.OverdueRotation:
                return l["SamplingDetail.OverdueRotation", last, f.RotationYears];
            case SelectionReason.Rotation:
                return l["SamplingDetail.Rotation", last];
            case SelectionReason.RiskDraw:
                return l["SamplingDetail.RiskDraw", f.Risk, f.GroupSize, last];
            case SelectionReason.CooldownOverridden:
                return l["SamplingDetail.CooldownOverridden", f.CooldownYears, last] + (f.Drawn ? l["SamplingDetail.CooldownOverriddenDrawn", f.GroupSize] : "");
            case SelectionReason.ExcludedCooldown:
                return l["SamplingDetail.ExcludedCooldown", f.CooldownYears, last];
            default:
                return f.GroupSize > 0 ? l["SamplingDetail.NotDrawn", f.Risk, f.GroupSize, last] : l["SamplingDetail.NotReached", last, f.Risk];
        }
    }
}
