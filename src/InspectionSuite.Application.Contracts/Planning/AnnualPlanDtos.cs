namespace InspectionSuite.Planning;

public sealed record AnnualPlanSummaryDto(
    Guid Id, AuthorityCode Authority, int Year, PlanStatus Status, string? Seed, int Universe, int Selected,
    int AmendmentCount, DateTime? ApprovedAt, string ConcurrencyStamp);

public sealed record PlanStratumDto(Stratum Stratum, int N, int Quota, int Selected)
{
    public int Shortfall => Math.Max(0, Quota - Selected);
}

public sealed record PlanAdjustmentDto(Guid Id, string UnitCode, string? UnitName, AdjustmentKind Kind, string Reason, AdjustmentSource Source);

public sealed record PlanAmendmentDto(int Number, string Seed, string AlgorithmVersion, int AddedUnits, string? Note, DateTime CreatedAt);

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

public sealed record PlanItemDto(
    Guid Id, string UnitCode, string UnitName, UnitKind Kind, Stratum Stratum, bool Selected, string Reason, string Detail,
    int? LastCheckedYear, int RiskScore, int Amendment, Guid? CaseId, DateOnly? CompletedOn)
{
    /// <summary>
    /// Why the unit is (not) in the plan as a sentence in the caller's language (issue 18), built from the reason and the
    /// engine's facts; <see cref="Detail"/> stays the engine's English sentence (the CSV's). Hand-listed items: their legal basis.
    /// </summary>
    public string DetailText { get; init; } = "";
    /// <summary>Month (1–12) of the plan year in which the work is planned to start, if planned by month.</summary>
    public int? PlannedMonth { get; init; }
    /// <summary>Quarter (1–4) of the plan year in which the work is planned to start, if planned by quarter.</summary>
    public int? PlannedQuarter { get; init; }
    /// <summary>Drawn, or hand-listed on Thanh tra tỉnh's plan: Planned (theo kế hoạch) or AdHoc (đột xuất).</summary>
    public PlanItemOrigin Origin { get; init; }
    /// <summary>Subject of a hand-listed inspection; its legal basis or reason is <see cref="Detail"/>.</summary>
    public string? Subject { get; init; }
    public Guid? AddedBy { get; init; }
    public DateTime? AddedAt { get; init; }
}

/// <summary>
/// An inspection on Thanh tra tỉnh's list: the unit's register code, the subject, the legal basis or reason, planned
/// (theo kế hoạch, draft only) or đột xuất (also after approval: its case is created at once), and the month (1–12) or
/// quarter (1–4) of the plan year in which it is planned to start.
/// </summary>
public sealed record AddPlanListItemDto(string UnitCode, string Subject, string LegalBasis, PlanItemOrigin Origin, int? PlannedMonth, int? PlannedQuarter,
    string ConcurrencyStamp);

public sealed record GetAnnualPlanListInput : PagedAndSortedInput
{
    public int? Year { get; init; }
    public AuthorityCode? Authority { get; init; }
    public PlanStatus? Status { get; init; }
}

public sealed record GetPlanItemListInput : PagedAndSortedInput
{
    public Stratum? Stratum { get; init; }
    /// <summary>A reason code of the engine, e.g. RISK_DRAW.</summary>
    public string? Reason { get; init; }
    public bool? Selected { get; init; }
    /// <summary>Code or name contains.</summary>
    public string? Filter { get; init; }
}

public sealed record CreateAnnualPlanDto(AuthorityCode Authority, int Year, decimal Rate = 0.2m, int CooldownYears = 1, DateOnly? AsOf = null);

public sealed record DrawPlanDto(string Seed, string ConcurrencyStamp);

public sealed record AddPlanAdjustmentDto(string UnitCode, AdjustmentKind Kind, string Reason, string ConcurrencyStamp);

public sealed record PlanCommandDto(string ConcurrencyStamp);

/// <param name="DepartmentCount">Units to add to the Department stratum; null = the projection's gap to the quota.</param>
/// <param name="LocalCount">Units to add to the Local stratum; null = the projection's gap to the quota.</param>
public sealed record TopUpPlanDto(string Seed, int? DepartmentCount, int? LocalCount, string? Note, string ConcurrencyStamp);

public sealed record MarkItemCompletedDto(string UnitCode, DateOnly CompletedOn, string ConcurrencyStamp);

public sealed record PlanImportLineError(int Line, string Reason);

public sealed record StateAuditImportResultDto(bool Succeeded, int Excluded, IReadOnlyList<PlanImportLineError> Errors)
{
    /// <summary>Errors beyond the first CsvLimits.MaxReportedErrors, not listed.</summary>
    public int MoreErrors { get; init; }
}

/// <summary>A unit's risk score for the draw (0–100; units without one score 50).</summary>
public sealed record PlanRiskScoreDto(string UnitCode, string? UnitName, int Score);

public sealed record SetPlanRiskScoreDto(string UnitCode, int Score, string ConcurrencyStamp);
/// <summary>The month (1–12) or quarter (1–4) of the plan year in which a unit's work is planned to start; both null clears it.</summary>
public sealed record SchedulePlanItemDto(string UnitCode, int? PlannedMonth, int? PlannedQuarter, string ConcurrencyStamp);

/// <summary>Result of a risk-score CSV: all or nothing; <see cref="Imported"/> scores on success, every bad line otherwise.</summary>
public sealed record RiskScoreImportResultDto(bool Succeeded, int Imported, IReadOnlyList<PlanImportLineError> Errors)
{
    /// <summary>Errors beyond the first CsvLimits.MaxReportedErrors, not listed.</summary>
    public int MoreErrors { get; init; }
}

public enum PlanOverlapKind
{
    /// <summary>The other authority's plan selects the same unit the same year.</summary>
    OtherAuthority,
    /// <summary>The imported State Audit plan names the unit, yet this plan selects it (as mandatory).</summary>
    StateAudit,
}

/// <summary>An overlap warning: the unit, this plan and the other plan (or the State Audit content).</summary>
public sealed record PlanOverlapDto(
    PlanOverlapKind Kind, string UnitCode, string UnitName, Guid PlanId, AuthorityCode Authority, PlanStatus Status,
    Guid? OtherPlanId, AuthorityCode? OtherAuthority, PlanStatus? OtherStatus, string? OtherReason, string? Content);

public sealed record StratumCoverageDto(
    Stratum? Stratum, int N, int Quota, int Planned, int Completed, decimal ProjectedCompleted,
    decimal CoverageRate, decimal ProjectedRate, bool Alert);

public sealed record PlanCoverageDto(
    Guid PlanId, DateOnly Today, decimal ElapsedFraction, DateOnly AlertFrom, bool AlertActive, decimal TargetRate,
    IReadOnlyList<StratumCoverageDto> Strata, StratumCoverageDto Overall, bool AnyAlert,
    int SuggestedDepartmentTopUp, int SuggestedLocalTopUp);

public enum PlanExportFormat { Xlsx, Csv }

public sealed record PlanExportFileDto(string FileName, string ContentType, byte[] Content);

public interface IAnnualPlanAppService
{
    Task<PagedResultDto<AnnualPlanSummaryDto>> GetListAsync(GetAnnualPlanListInput input, CancellationToken ct = default);
    Task<AnnualPlanDto> GetAsync(Guid id, CancellationToken ct = default);
    Task<PagedResultDto<PlanItemDto>> GetItemsAsync(Guid id, GetPlanItemListInput input, CancellationToken ct = default);
    /// <summary>Planning.Draw. One plan per authority and year.</summary>
    Task<AnnualPlanDto> CreateAsync(CreateAnnualPlanDto input, CancellationToken ct = default);
    /// <summary>Planning.Draw. Runs (or re-runs) the draw on today's register and history; Draft only.</summary>
    Task<AnnualPlanDto> DrawAsync(Guid id, DrawPlanDto input, CancellationToken ct = default);
    Task<AnnualPlanDto> AddAdjustmentAsync(Guid id, AddPlanAdjustmentDto input, CancellationToken ct = default);
    Task<AnnualPlanDto> RemoveAdjustmentAsync(Guid id, Guid adjustmentId, PlanCommandDto input, CancellationToken ct = default);
    /// <summary>Planning.Draw. CSV <c>unit_code,content</c>; replaces earlier State Audit exclusions; a bad line rejects the file.</summary>
    Task<StateAuditImportResultDto> ImportStateAuditCsvAsync(Guid id, string csvText, string concurrencyStamp, CancellationToken ct = default);
    /// <summary>Planning.Draw. Sets one unit's risk score (0–100) for the draw; Draft only; marks the draw stale.</summary>
    Task<AnnualPlanDto> SetRiskScoreAsync(Guid id, SetPlanRiskScoreDto input, CancellationToken ct = default);
    /// <summary>Planning.Draw. Draft plans: the planned month or quarter of one item; its planned case's task deadlines count from it.</summary>
    Task<PlanItemDto> ScheduleItemAsync(Guid id, SchedulePlanItemDto input, CancellationToken ct = default);
    /// <summary>Planning.Draw. CSV <c>UnitCode,RiskScore</c> (or <c>unit_code,score</c> as for the CLI); replaces all risk scores; a bad line rejects the file.</summary>
    Task<RiskScoreImportResultDto> ImportRiskScoresCsvAsync(Guid id, string csvText, string concurrencyStamp, CancellationToken ct = default);
    /// <summary>Planning.Draw. Thanh tra tỉnh's plan: adds an inspection to the list (a đột xuất one after approval gets its case at once).</summary>
    Task<PlanItemDto> AddListItemAsync(Guid id, AddPlanListItemDto input, CancellationToken ct = default);
    /// <summary>Planning.Draw. Thanh tra tỉnh's draft plan: removes an inspection from the list.</summary>
    Task<AnnualPlanDto> RemoveListItemAsync(Guid id, Guid itemId, PlanCommandDto input, CancellationToken ct = default);
    /// <summary>Planning.Approve. Freezes the draw (or Thanh tra tỉnh's list) and creates the planned cases.</summary>
    Task<AnnualPlanDto> ApproveAsync(Guid id, PlanCommandDto input, CancellationToken ct = default);
    /// <summary>Planning.Draw. Adds units to an approved plan as an amendment with its own seed.</summary>
    Task<AnnualPlanDto> TopUpAsync(Guid id, TopUpPlanDto input, CancellationToken ct = default);
    /// <summary>Planning.Draw. Records a completed check on a plan item (until the cases module reports them).</summary>
    Task<AnnualPlanDto> MarkItemCompletedAsync(Guid id, MarkItemCompletedDto input, CancellationToken ct = default);
    /// <summary>Planning.Approve.</summary>
    Task<AnnualPlanDto> CloseAsync(Guid id, PlanCommandDto input, CancellationToken ct = default);
    Task<IReadOnlyList<PlanOverlapDto>> GetOverlapsAsync(Guid id, CancellationToken ct = default);
    Task<PlanCoverageDto> GetCoverageAsync(Guid id, CancellationToken ct = default);
    /// <summary>The annex to the plan decision: every unit with its reason code and detail.</summary>
    Task<PlanExportFileDto> ExportAsync(Guid id, PlanExportFormat format, CancellationToken ct = default);
}
