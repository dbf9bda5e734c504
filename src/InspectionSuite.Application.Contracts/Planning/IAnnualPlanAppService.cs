namespace InspectionSuite.Planning;

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
