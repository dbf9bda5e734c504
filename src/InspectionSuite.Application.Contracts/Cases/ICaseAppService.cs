namespace InspectionSuite.Cases;

public interface ICaseAppService
{
    Task<PagedResultDto<CaseListItemDto>> GetListAsync(GetCaseListInput input, CancellationToken ct = default);
    Task<CaseDto> GetAsync(Guid id, CancellationToken ct = default);
    /// <summary>The case page in one call: the case, its triggers with refusal reasons, history, parts, documents and what the caller may do.</summary>
    Task<CaseWorkspaceDto> GetWorkspaceAsync(Guid id, CancellationToken ct = default);
    /// <summary>Creates the case in Planned and starts its workflow (thanh-tra.inspection or noi-vu.check by kind).</summary>
    Task<CaseDto> CreateAsync(CreateCaseDto input, CancellationToken ct = default);
    /// <summary>
    /// The plan items a case may be opened from by hand (/Cases/New, issue 18): the units in the draft or approved plans that
    /// no case implements yet, by authority, year and unit code. Needs Cases.Create.
    /// </summary>
    Task<IReadOnlyList<OpenablePlanItemDto>> GetOpenablePlanItemsAsync(CancellationToken ct = default);
    Task<CaseDto> UpdateAsync(Guid id, UpdateCaseDto input, CancellationToken ct = default);
    Task<CaseDto> RecordDecisionAsync(Guid id, RecordDecisionDto input, CancellationToken ct = default);
    /// <summary>Leader and members must hold the Inspector role.</summary>
    Task<CaseDto> AssignTeamAsync(Guid id, AssignTeamDto input, CancellationToken ct = default);
    Task<CaseDto> RecordWorkPlanAsync(Guid id, RecordWorkPlanDto input, CancellationToken ct = default);
    Task<CaseDto> ApproveWorkPlanAsync(Guid id, ApproveWorkPlanDto input, CancellationToken ct = default);
    Task<CaseDto> RecordAnnouncementAsync(Guid id, RecordAnnouncementDto input, CancellationToken ct = default);
    Task<CaseDto> SetOnSitePeriodAsync(Guid id, SetOnSitePeriodDto input, CancellationToken ct = default);
    Task<CaseDto> AddExtensionAsync(Guid id, AddExtensionDto input, CancellationToken ct = default);
    Task<CaseDto> AddSuspensionAsync(Guid id, AddSuspensionDto input, CancellationToken ct = default);
    Task<CaseDto> AddMinutesAsync(Guid id, AddMinutesDto input, CancellationToken ct = default);
    Task<CaseDto> AddDiaryEntryAsync(Guid id, AddDiaryEntryDto input, CancellationToken ct = default);
    Task<CaseDto> AttachResultsReportAsync(Guid id, AttachResultsReportDto input, CancellationToken ct = default);
    Task<CaseDto> RecordDraftConclusionAsync(Guid id, RecordDraftConclusionDto input, CancellationToken ct = default);
    /// <summary>The caller must be a team member.</summary>
    Task<CaseDto> AddDissentAsync(Guid id, AddDissentDto input, CancellationToken ct = default);
    Task<CaseDto> RecordAppraisalAsync(Guid id, RecordAppraisalDto input, CancellationToken ct = default);
    Task<CaseDto> RecordConclusionAsync(Guid id, RecordConclusionDto input, CancellationToken ct = default);
    Task<CaseDto> RecordPublicationAsync(Guid id, RecordPublicationDto input, CancellationToken ct = default);
    Task<IReadOnlyList<CaseTriggerDto>> GetTriggersAsync(Guid id, CancellationToken ct = default);
    Task<CaseDto> FireAsync(Guid id, string trigger, FireTriggerDto input, CancellationToken ct = default);
    Task<IReadOnlyList<CaseHistoryEntryDto>> GetHistoryAsync(Guid id, CancellationToken ct = default);
    /// <summary>Mermaid state diagram with the current state highlighted.</summary>
    Task<string> GetDiagramAsync(Guid id, CancellationToken ct = default);
    /// <summary>Open workflow tasks of the current user (by user or role) on cases they may see, due soonest first.</summary>
    Task<PagedResultDto<InboxItemDto>> GetInboxAsync(int skip, int take, CancellationToken ct = default);
}
