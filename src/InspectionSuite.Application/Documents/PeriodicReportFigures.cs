namespace InspectionSuite.Documents;

/// <summary>
/// Already-computed figures of a periodic report on the plan's implementation (Sở Nội vụ → Bộ Nội vụ).
/// The app computes them from the database; this layer only presents them.
/// </summary>
public sealed record PeriodicReportFigures
{
    public required ReportingPeriod Period { get; init; }
    public string AuthorityParentName { get; init; } = "";
    public required string AuthorityName { get; init; }
    public required string Place { get; init; }
    public string ReportNumber { get; init; } = "";
    public DateOnly? ReportDate { get; init; }
    public int ChecksPlanned { get; init; }
    public int ChecksDone { get; init; }
    public int InspectionsPlanned { get; init; }
    public int InspectionsDone { get; init; }
    /// <summary>The 20% coverage per stratum: Sở Nội vụ's section only; null in Thanh tra tỉnh's report (issue 15).</summary>
    public IReadOnlyList<StratumCoverage>? Coverage { get; init; }
    public IReadOnlyList<FindingCount> FindingsByType { get; init; } = [];
    public IReadOnlyList<SanctionTotal> SanctionsByType { get; init; } = [];
    public decimal MoneyDecided { get; init; }
    public decimal MoneyRecovered { get; init; }
    /// <summary>The KH534 indicators at the checked units: Sở Nội vụ's section only; null in Thanh tra tỉnh's report (issue 15).</summary>
    public KpiAggregates? Kpis { get; init; }
    public IReadOnlyList<string> Recipients { get; init; } = ["Bộ Nội vụ;", "UBND tỉnh (b/c);", "Lưu: VT."];
    public required SignatureBlock Signature { get; init; }
    /// <summary>
    /// Sở Nội vụ's report only (issue 15, seed IV.2): the plan's implementation in every unit, from the units' periodic
    /// reports and plans. When present the report is the draft Sở Nội vụ prepares for UBND tỉnh to send to Bộ Nội vụ.
    /// Null in Thanh tra tỉnh's report, which carries only its own sections.
    /// </summary>
    public PlanImplementation? Implementation { get; init; }
}

/// <summary>Each indicator province-wide against its target (percent null = no data), units late or missing, the plan tracker, proposals.</summary>
public sealed record PlanImplementation(
    string Period, int UnitsTotal, int UnitsReported, int UnitsOnTime, int UnitsLate, int UnitsMissing,
    IReadOnlyList<ImplementationIndicator> Indicators, IReadOnlyList<string> UnitsLateOrMissing,
    int PlansTotal, int PlansOnTime, int PlansLate, int PlansMissing, IReadOnlyList<string> PlansMissingUnits,
    IReadOnlyList<string> Commended);

public sealed record ImplementationIndicator(string Name, long Numerator, long Denominator, decimal? Percent, decimal TargetPercent, Monitoring.KpiOutcome Outcome);

/// <summary>Coverage of one stratum (departments; communes, wards, special zones) against the 20% minimum.</summary>
public sealed record StratumCoverage(string Stratum, int UnitsTotal, int UnitsChecked)
{
    public const decimal MinimumPercent = 20m;

    public decimal Percent => Percentages.Of(UnitsChecked, UnitsTotal);

    /// <summary>At least ceil(20% × total) units checked, i.e. 5 × checked ≥ total (exact, no rounding).</summary>
    public bool MeetsMinimum => 5L * UnitsChecked >= UnitsTotal;
}

public sealed record FindingCount(string Type, int Count);

/// <summary>Sanctions of one type (administrative fine, discipline, recovery, referral) with money decided and recovered.</summary>
public sealed record SanctionTotal(string Type, int Count, decimal AmountDecided, decimal AmountRecovered);

/// <summary>The seed plan's criteria aggregated over the checked units (percentages 0–100).</summary>
public sealed record KpiAggregates(
    int UnitsChecked,
    decimal MeetingsReducedPercent,
    decimal OnlineMeetingsSharePercent,
    decimal DigitalProceduresPercent,
    decimal DocumentsReducedPercent,
    int PlansIssuedOnTime,
    int ReportsOnTime);

internal static class Percentages
{
    public static decimal Of(decimal part, decimal whole)
        => whole == 0 ? 0 : Math.Round(part * 100m / whole, 1, MidpointRounding.AwayFromZero);
}
