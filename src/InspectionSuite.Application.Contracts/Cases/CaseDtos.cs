namespace InspectionSuite.Cases;

/// <summary>A list line: no large texts.</summary>
public sealed record CaseListItemDto(
    Guid Id, string Code, CaseKind Kind, AuthorityCode Authority, Guid UnitId, string UnitCode, string UnitName, string Subject,
    string State, string? DecisionNumber, DateOnly? OnSiteStart, DateOnly? OnSiteEnd, bool OverdueFlagged, DateTime CreationTime)
{
    /// <summary>The annual plan this case implements; null for unplanned cases.</summary>
    public CasePlanLinkDto? Plan { get; init; }
}

/// <summary>The annual plan item a case implements: the plan (authority, year), the draw's reason code and the amendment (0 = approved draw).</summary>
public sealed record CasePlanLinkDto(Guid PlanId, Guid PlanItemId, AuthorityCode Authority, int Year, string Reason, int Amendment);

public sealed record TeamMemberDto(Guid UserId, string UserName, string FullName, bool IsLeader);
public sealed record CaseExtensionDto(Guid Id, string DecisionNumber, int Days, string Grounds, DateOnly DecidedOn);
/// <summary>A suspension; <see cref="To"/> null while open, <see cref="ContinuedOn"/> from its continuation record.</summary>
public sealed record CaseSuspensionDto(Guid Id, string DecisionNumber, DateOnly From, DateOnly? To, string Reason)
{
    public string? ContinuationDecisionNumber { get; init; }
    public DateOnly? ContinuedOn { get; init; }
}
public sealed record CaseMinutesDto(Guid Id, string Title, DateOnly HeldOn, string Content);
public sealed record DiaryEntryDto(Guid Id, DateOnly Date, Guid? AuthorId, string Text);
public sealed record DissentDto(Guid Id, Guid MemberId, string Text, DateOnly RecordedOn);

/// <summary>Due dates computed from the definition's time limits, moved by extensions and suspensions.</summary>
public sealed record CaseDeadlinesDto(
    DateOnly? OnSiteDue, bool OnSiteOverdue,
    DateOnly? ResultsReportDue, bool ResultsReportOverdue,
    DateOnly? ConclusionDue, bool ConclusionOverdue,
    int OnSiteDays, string OnSiteDayKind, int ExtensionDays, int SuspendedDays)
{
    /// <summary>Công bố due (decision date + the definition's announcement limit); null when the definition has none.</summary>
    public DateOnly? AnnouncementDue { get; init; }
    public bool AnnouncementOverdue { get; init; }
    /// <summary>Dự thảo kết luận due (results report date + the definition's draft limit, Điều 34).</summary>
    public DateOnly? DraftConclusionDue { get; init; }
    public bool DraftConclusionOverdue { get; init; }
    /// <summary>Văn bản kiến nghị due (published conclusion + the definition's limit, Điều 52).</summary>
    public DateOnly? RecommendationLetterDue { get; init; }
    public bool RecommendationLetterOverdue { get; init; }
    /// <summary>The Chủ tịch UBND tỉnh's direction due (văn bản kiến nghị + the definition's limit, Điều 53).</summary>
    public DateOnly? DirectionDue { get; init; }
    public bool DirectionOverdue { get; init; }

    /// <summary>No workflow yet: nothing is due.</summary>
    public static readonly CaseDeadlinesDto None = new(null, false, null, false, null, false, 0, "calendar", 0, 0);
}

/// <summary>The decision opening the case (<c>CaseDecision</c>): number, date, signer and the legal basis version it was signed under.</summary>
public sealed record CaseDecisionDto(string? Number, DateOnly? Date, string? Signer, string? LegalBasisVersion)
{
    public static readonly CaseDecisionDto None = new(null, null, null, null);
}

/// <summary>The team leader's báo cáo kết quả (<c>ResultsReport</c>).</summary>
public sealed record ResultsReportDto(string? Number, DateOnly? Date, string? Text)
{
    public static readonly ResultsReportDto None = new(null, null, null);
}

/// <summary>The dự thảo kết luận (<c>DraftConclusion</c>).</summary>
public sealed record DraftConclusionDto(DateOnly? Date, string? Text)
{
    public static readonly DraftConclusionDto None = new(null, null);
}

/// <summary>The thẩm định of the draft conclusion (<c>Appraisal</c>): when, by whom, the opinion.</summary>
public sealed record AppraisalDto(DateOnly? On, string? By, string? Opinion)
{
    public static readonly AppraisalDto None = new(null, null, null);
}

/// <summary>The signed kết luận (<c>Conclusion</c>).</summary>
public sealed record ConclusionDto(string? Number, DateOnly? Date, string? Signer, string? Text)
{
    public static readonly ConclusionDto None = new(null, null, null, null);

    /// <summary>What the conclusion decides about the head's responsibility (accountability inspections; empty otherwise).</summary>
    public AccountabilityOutcomeDto Accountability { get; init; } = AccountabilityOutcomeDto.None;
}

/// <summary>
/// The accountability outcome of a conclusion on the head of a unit (thanh tra trách nhiệm người đứng đầu): the verdict and
/// its wording. As input (<see cref="RecordConclusionDto.Accountability"/>) required on such a case, refused on any other.
/// </summary>
public sealed record AccountabilityOutcomeDto(AccountabilityVerdict? Verdict, string? Text)
{
    public static readonly AccountabilityOutcomeDto None = new(null, null);
}

/// <summary>The head of the unit as the subject of an accountability inspection (người đứng đầu: name, chức vụ); both null otherwise.</summary>
public sealed record AccountableHeadDto(string? Name, string? Position)
{
    public static readonly AccountableHeadDto None = new(null, null);
}

/// <summary>Where and from when to when the conclusion is posted (<c>Publication</c>).</summary>
public sealed record PublicationDto(string? Channel, DateOnly? From, DateOnly? To)
{
    public static readonly PublicationDto None = new(null, null, null);
}

/// <summary>
/// A case as its readers see it. The case's own values are grouped as the domain groups them (decision, results report,
/// draft conclusion, appraisal, conclusion, publication: never null, their fields null until recorded); mapped by
/// <c>CaseMapper</c>, completed by the app service with what the case row does not hold (unit, team, deadlines, plan).
/// </summary>
public sealed record CaseDto
{
    public Guid Id { get; init; }
    public string Code { get; init; } = "";
    public CaseKind Kind { get; init; }
    public AuthorityCode Authority { get; init; }
    public Guid UnitId { get; init; }
    public string UnitCode { get; init; } = "";
    public string UnitName { get; init; } = "";
    public string Subject { get; init; } = "";
    /// <summary>The head of the unit whose responsibility is inspected (seed II.6.b); empty for any other case.</summary>
    public AccountableHeadDto AccountableHead { get; init; } = AccountableHeadDto.None;
    public string? Scope { get; init; }
    public string? LegalBasis { get; init; }
    public DateOnly? PeriodFrom { get; init; }
    public DateOnly? PeriodTo { get; init; }
    public Guid? PlanItemId { get; init; }
    public string State { get; init; } = "";
    public Guid? WorkflowInstanceId { get; init; }
    public int WorkflowVersion { get; init; }
    public string ConcurrencyStamp { get; init; } = "";
    public CaseDecisionDto Decision { get; init; } = CaseDecisionDto.None;
    public IReadOnlyList<TeamMemberDto> Team { get; init; } = [];
    public string? WorkPlan { get; init; }
    public DateOnly? AnnouncedOn { get; init; }
    public DateOnly? OnSiteStart { get; init; }
    public DateOnly? OnSiteEnd { get; init; }
    /// <summary>The planned on-site dates (set until the decision), apart from the actual ones above.</summary>
    public DateOnly? PlannedOnSiteStart { get; init; }
    public DateOnly? PlannedOnSiteEnd { get; init; }
    public IReadOnlyList<CaseExtensionDto> Extensions { get; init; } = [];
    public IReadOnlyList<CaseSuspensionDto> Suspensions { get; init; } = [];
    public IReadOnlyList<CaseMinutesDto> Minutes { get; init; } = [];
    public IReadOnlyList<DiaryEntryDto> Diary { get; init; } = [];
    public ResultsReportDto ResultsReport { get; init; } = ResultsReportDto.None;
    public DraftConclusionDto DraftConclusion { get; init; } = DraftConclusionDto.None;
    public IReadOnlyList<DissentDto> Dissents { get; init; } = [];
    public AppraisalDto Appraisal { get; init; } = AppraisalDto.None;
    public ConclusionDto Conclusion { get; init; } = ConclusionDto.None;
    public PublicationDto Publication { get; init; } = PublicationDto.None;
    public string? CancelReason { get; init; }
    /// <summary>Đột xuất (unannounced / ad hoc, not from the plan) and why; false and null for a planned case.</summary>
    public bool IsUnannounced { get; init; }
    public string? UnannouncedReason { get; init; }
    public bool OverdueFlagged { get; init; }
    public CaseDeadlinesDto Deadlines { get; init; } = CaseDeadlinesDto.None;
    public int ChecklistCount { get; init; }
    public int EvidenceCount { get; init; }
    public int FindingCount { get; init; }
    public int SanctionCount { get; init; }
    /// <summary>The annual plan this case implements; null for unplanned cases.</summary>
    public CasePlanLinkDto? Plan { get; init; }
    /// <summary>
    /// The caller sees this case only as an inspector of one of its re-checks: they may read it and record their own
    /// re-check's results, nothing else (the services answer 403).
    /// </summary>
    public bool ReCheckInspectorOnly { get; init; }
    /// <summary>The "Căn cứ …;" lines of the decision's legal basis version for this kind of case (the version in force today before the decision).</summary>
    public IReadOnlyList<string> LegalCitations { get; init; } = [];
    /// <summary>Kế hoạch tiến hành approved by the người ra quyết định (day, who).</summary>
    public DateOnly? WorkPlanApprovedOn { get; init; }
    public string? WorkPlanApprovedBy { get; init; }
    /// <summary>The unit's explanations (giải trình) on the draft conclusion, with what it maintains (bảo lưu).</summary>
    public IReadOnlyList<UnitExplanationDto> Explanations { get; init; } = [];
    /// <summary>Members' reports to the Trưởng đoàn (internal: never shown to the unit).</summary>
    public IReadOnlyList<MemberReportDto> MemberReports { get; init; } = [];
    /// <summary>Văn bản kiến nghị of the head of the inspectorate (Điều 52) and the Chủ tịch UBND tỉnh's direction (Điều 53).</summary>
    public OfficialLetterDto? RecommendationLetter { get; init; }
    public OfficialLetterDto? Direction { get; init; }
    /// <summary>The team's history after the decision: each decision changing it, oldest first (see <see cref="ICaseTeamAppService"/>).</summary>
    public IReadOnlyList<TeamChangeDto> TeamChanges { get; init; } = [];
    /// <summary>The team's request for an extension waiting for Leadership (stored on the case); never shown to the unit.</summary>
    public ExtensionRequestDto? PendingExtensionRequest { get; init; }
}

public sealed record GetCaseListInput : PagedAndSortedInput
{
    public string? Filter { get; init; }
    public string? State { get; init; }
    public AuthorityCode? Authority { get; init; }
    public Guid? UnitId { get; init; }
    public CaseKind? Kind { get; init; }
    /// <summary>Drill-down from the sanction dashboard: cases with a sanction of this type / status.</summary>
    public SanctionType? SanctionType { get; init; }
    public SanctionStatus? SanctionStatus { get; init; }
    /// <summary>Cases whose conclusion was signed in this range (inclusive), e.g. a year or a quarter.</summary>
    public DateOnly? ConcludedFrom { get; init; }
    public DateOnly? ConcludedTo { get; init; }
    /// <summary>Cases on units of this sampling stratum.</summary>
    public Stratum? Stratum { get; init; }
}

/// <summary>
/// A case opened by hand. Planned (theo kế hoạch, optionally implementing <paramref name="PlanItemId"/>) or, with
/// <paramref name="Unannounced"/>, đột xuất (not from a plan item) for <paramref name="UnannouncedReason"/>, then required.
/// </summary>
public sealed record CreateCaseDto(CaseKind Kind, AuthorityCode Authority, Guid UnitId, string Subject, string? Scope, string? LegalBasis,
    DateOnly? PeriodFrom, DateOnly? PeriodTo, Guid? PlanItemId, bool Unannounced = false, string? UnannouncedReason = null)
{
    /// <summary>An accountability inspection names the head of the unit (name and position); omitted for any other case.</summary>
    public AccountableHeadDto? AccountableHead { get; init; }
    /// <summary>Ngày dự kiến bắt đầu/kết thúc làm việc tại đơn vị (optional; end not before start), printed by the decision.</summary>
    public DateOnly? PlannedOnSiteStart { get; init; }
    public DateOnly? PlannedOnSiteEnd { get; init; }
}

/// <summary>A plan item a case may be opened from: its plan (authority, year, status) and unit; the subject of a hand-listed item.</summary>
public sealed record OpenablePlanItemDto(Guid PlanItemId, AuthorityCode Authority, int Year, Planning.PlanStatus PlanStatus, string UnitCode, string UnitName, string? Subject);

public sealed record UpdateCaseDto(string Subject, string? Scope, string? LegalBasis, DateOnly? PeriodFrom, DateOnly? PeriodTo, string ConcurrencyStamp)
{
    /// <summary>The head of the unit as the subject; null or empty name and position for none (clears one named before).</summary>
    public AccountableHeadDto? AccountableHead { get; init; }
    /// <summary>The planned on-site dates; null clears one set before (the PUT replaces the description).</summary>
    public DateOnly? PlannedOnSiteStart { get; init; }
    public DateOnly? PlannedOnSiteEnd { get; init; }
}
/// <summary>
/// The decision's number and date, prepared by the supervisor (Cases.Assign). <paramref name="Signer"/> ("position - full
/// name") is for a check; for an inspection it is only a provisional name for the draft while Planned, and ignored once
/// decided: the người ra quyết định who issues the decision (Decide, thanh-tra.inspection v4) signs it with their
/// profile's position and full name (docs/cases.md).
/// </summary>
public sealed record RecordDecisionDto(string Number, DateOnly Date, string? Signer, string ConcurrencyStamp);
public sealed record AssignTeamDto(Guid LeaderId, IReadOnlyList<Guid> MemberIds, string ConcurrencyStamp);
public sealed record RecordWorkPlanDto(string Text, string ConcurrencyStamp);
/// <summary>The người ra quyết định approves the kế hoạch tiến hành; <paramref name="Date"/> defaults to today.</summary>
public sealed record ApproveWorkPlanDto(DateOnly? Date, string ConcurrencyStamp);
public sealed record RecordAnnouncementDto(DateOnly Date, string ConcurrencyStamp);
public sealed record SetOnSitePeriodDto(DateOnly Start, DateOnly? End, string ConcurrencyStamp);
public sealed record AddExtensionDto(string DecisionNumber, int Days, string Grounds, DateOnly DecidedOn, string ConcurrencyStamp);
/// <summary>Tạm dừng; <paramref name="To"/> (last suspended day) null for an open end, closed later by a continuation record.</summary>
public sealed record AddSuspensionDto(string DecisionNumber, DateOnly From, DateOnly? To, string Reason, string ConcurrencyStamp);
public sealed record AddMinutesDto(string Title, DateOnly HeldOn, string Content, string ConcurrencyStamp);
public sealed record AddDiaryEntryDto(DateOnly Date, string Text, string ConcurrencyStamp);
public sealed record AttachResultsReportDto(string? Number, DateOnly Date, string Text, string ConcurrencyStamp);
public sealed record RecordDraftConclusionDto(DateOnly Date, string Text, string ConcurrencyStamp);
public sealed record AddDissentDto(string Text, string ConcurrencyStamp);
public sealed record RecordAppraisalDto(DateOnly Date, string By, string Opinion, string ConcurrencyStamp);
public sealed record RecordConclusionDto(string Number, DateOnly Date, string Signer, string Text, string ConcurrencyStamp)
{
    /// <summary>What the conclusion decides about the head's responsibility: required on an accountability inspection, refused on any other.</summary>
    public AccountabilityOutcomeDto? Accountability { get; init; }
}
public sealed record RecordPublicationDto(string Channel, DateOnly From, DateOnly To, string ConcurrencyStamp);

/// <summary>
/// A trigger the current state offers; <see cref="Allowed"/> says whether the caller may fire it now, else <see cref="Reason"/>
/// (localized). <see cref="RequiresReason"/>: the caller must give a reason when firing (Cancel).
/// </summary>
public sealed record CaseTriggerDto(string Trigger, string To, string? Permission, bool Allowed, string? ReasonCode, string? Reason, bool RequiresReason);

/// <summary>Fire a trigger with the workflow version the caller saw (409 when stale). <see cref="Reason"/> is required by Cancel.</summary>
public sealed record FireTriggerDto(int ExpectedVersion, string? Reason = null);

public sealed record InboxItemDto(Guid TaskId, Guid CaseId, string CaseCode, string Subject, string TaskName, string State, DateTime DueAtUtc, bool IsOverdue, string? AssigneeRole);

public sealed record CaseHistoryEntryDto(int Sequence, DateTime OccurredAtUtc, string Kind, string? ActorName, string? From, string? To, string? Trigger);

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
