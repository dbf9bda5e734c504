namespace InspectionSuite.Planning;

public sealed record AnnualPlanDto(
    Guid Id, AuthorityCode Authority, int Year, PlanStatus Status, decimal Rate, int CooldownYears, DateOnly AsOf,
    string? Seed, string? AlgorithmVersion, DateTime? DrawnAt, bool DrawIsStale, DateTime? ApprovedAt, DateTime? ClosedAt,
    IReadOnlyList<PlanStratumDto> Strata, IReadOnlyList<PlanAdjustmentDto> Adjustments, IReadOnlyList<PlanAmendmentDto> Amendments,
    int CasesCreated, string ConcurrencyStamp)
{
    /// <summary>List: Thanh tra tỉnh's hand-built list (no draw, no coverage); Draw: Sở Nội vụ's 20% draw.</summary>
    public PlanMode Mode { get; init; }
    /// <summary>Risk scores set for the draw, by unit code; units not listed score 50.</summary>
    public IReadOnlyList<PlanRiskScoreDto> RiskScores { get; init; } = [];
}
