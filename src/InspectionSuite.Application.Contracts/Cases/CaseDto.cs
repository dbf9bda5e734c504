namespace InspectionSuite.Cases;

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
