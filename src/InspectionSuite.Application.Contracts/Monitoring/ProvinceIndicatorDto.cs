namespace InspectionSuite.Monitoring;

/// <summary>One indicator province-wide: the sums over the units that reported, the formula applied once on the sums.</summary>
public sealed record ProvinceIndicatorDto(
    string Code, string Criterion, string NameVi, string NameEn, KpiKind Kind, string NumeratorFigure, string DenominatorFigure,
    long NumeratorSum, long DenominatorSum, decimal? Percent, decimal TargetPercent, KpiOutcome Outcome, int UnitsReported);
