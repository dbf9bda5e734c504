namespace InspectionSuite.Sampling;

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
