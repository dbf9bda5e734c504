namespace InspectionSuite.Cases;

/// <summary>How case lists choose their query plan (read by the case repository).</summary>
public sealed class CaseListOptions
{
    /// <summary>
    /// How many viewer rows are "few": up to this many, a user's filtered or case-ordered list and their inbox are read from
    /// their viewer rows (cost grows with their cases); above it, cases or role tasks are walked in list order and each is
    /// checked against the viewer key (cost grows with how deep the page is). Both give the same rows.
    /// </summary>
    public int FewViewerCases { get; set; } = 2_000;
}
