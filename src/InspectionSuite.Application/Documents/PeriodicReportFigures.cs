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
