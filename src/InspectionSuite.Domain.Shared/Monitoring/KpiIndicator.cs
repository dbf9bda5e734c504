namespace InspectionSuite.Monitoring;

/// <summary>
/// One indicator of the plan a unit reports on with raw figures (issue 15): a share <c>part / whole ≥ target</c>, or a
/// reduction <c>(previous − current) / previous ≥ target</c>. <see cref="Criterion"/> is the check criterion it measures.
/// </summary>
public sealed record KpiIndicator(string Code, string Criterion, IReadOnlyList<string> Sections, string NameVi, string NameEn, KpiKind Kind,
    string NumeratorFigure, string DenominatorFigure, decimal TargetPercent)
{
    /// <summary>The two raw figures a unit reports for this indicator (share: part, whole; reduction: current, previous).</summary>
    public IReadOnlyList<string> Figures => [NumeratorFigure, DenominatorFigure];
}
