namespace InspectionSuite.Cases;

/// <summary>
/// An inspection (thanh tra) or check (kiểm tra) of one unit. <see cref="State"/> mirrors the workflow instance
/// (the runtime's entry action writes it in the same transaction); the methods here guard what may be recorded in
/// which state, and every change bumps <see cref="Revision"/> so a stale concurrency stamp is always caught.
/// </summary>
public sealed partial class InspectionCase : AuditedAggregateRoot<Guid>
{
    private readonly List<TeamMember> _team = [];
    private readonly List<CaseExtension> _extensions = [];
    private readonly List<CaseSuspension> _suspensions = [];
    private readonly List<ChecklistItem> _checklist = [];
    private readonly List<EvidenceFile> _evidence = [];
    private readonly List<CaseMinutes> _minutes = [];
    private readonly List<DiaryEntry> _diary = [];
    private readonly List<Finding> _findings = [];
    private readonly List<Dissent> _dissents = [];
    private readonly List<ExternalTeamMember> _externalMembers = [];
    private readonly List<SelfAssessmentEntry> _selfAssessment = [];

    public string Code { get; private set; } = "";
    public CaseKind Kind { get; private set; }
    public AuthorityCode Authority { get; private set; }
    public Guid UnitId { get; private set; }
    public string Subject { get; private set; } = "";
    public string? Scope { get; private set; }
    public string? LegalBasis { get; private set; }
    public DateOnly? PeriodFrom { get; private set; }
    public DateOnly? PeriodTo { get; private set; }
    /// <summary>The annual plan item this case implements (null for unplanned cases).</summary>
    public Guid? PlanItemId { get; private set; }
    public string State { get; private set; } = CaseStates.Planned;
    public Guid? WorkflowInstanceId { get; private set; }
    public int Revision { get; private set; }

    public CaseDecision Decision { get; private set; } = new();
    public string? WorkPlan { get; private set; }
    /// <summary>Kế hoạch tiến hành approved by the người ra quyết định (required before Announce in the v2 procedure).</summary>
    public DateOnly? WorkPlanApprovedOn { get; private set; }
    public string? WorkPlanApprovedBy { get; private set; }
    public DateOnly? AnnouncedOn { get; private set; }
    public DateOnly? OnSiteStart { get; private set; }
    public DateOnly? OnSiteEnd { get; private set; }
    /// <summary>
    /// Ngày dự kiến bắt đầu/kết thúc làm việc tại đơn vị (issue 18): what the decision announces, editable until the decision
    /// (<see cref="PlanOnSite"/>). Kept apart from the actual dates (<see cref="OnSiteStart"/>/<see cref="OnSiteEnd"/>,
    /// <see cref="SetOnSitePeriod"/>), which never overwrite them (issue 16).
    /// </summary>
    public DateOnly? PlannedOnSiteStart { get; private set; }
    public DateOnly? PlannedOnSiteEnd { get; private set; }

    public ResultsReport ResultsReport { get; private set; } = new();
    public DraftConclusion DraftConclusion { get; private set; } = new();
    public Appraisal Appraisal { get; private set; } = new();
    public Conclusion Conclusion { get; private set; } = new();
    public Publication Publication { get; private set; } = new();
    public string? CancelReason { get; private set; }
    /// <summary>Day the case entered Closed: a completed check counts in this year when no plan item says otherwise.</summary>
    public DateOnly? ClosedOn { get; private set; }
    /// <summary>Set by the on-site deadline escalation when the (extended) on-site period has run out.</summary>
    public bool OverdueFlagged { get; private set; }
    /// <summary>Kiểm tra đột xuất (seed II.6.c): the unit sees the case only once the team arrives (<see cref="OnSiteStart"/>).</summary>
    public bool IsUnannounced { get; private set; }
    /// <summary>
    /// Why the case was opened đột xuất (unannounced / ad hoc, outside the annual plan; issue 18): required with the flag when
    /// a case is opened by hand. For a check the flag also hides it from the unit until the team arrives (above); for an
    /// inspection the unit sees it from its announcement as any inspection, the flag and reason say it is not a planned one.
    /// </summary>
    public string? UnannouncedReason { get; private set; }
    /// <summary>When the unit's representative submitted the self-assessment (tự đánh giá) of a check.</summary>
    public DateOnly? SelfAssessedOn { get; private set; }
    public Guid? SelfAssessedBy { get; private set; }

    public IReadOnlyList<TeamMember> Team => _team;
    public IReadOnlyList<CaseExtension> Extensions => _extensions;
    public IReadOnlyList<CaseSuspension> Suspensions => _suspensions;
    public IReadOnlyList<ChecklistItem> Checklist => _checklist;
    public IReadOnlyList<EvidenceFile> Evidence => _evidence;
    public IReadOnlyList<CaseMinutes> Minutes => _minutes;
    public IReadOnlyList<DiaryEntry> Diary => _diary;
    public IReadOnlyList<Finding> Findings => _findings;
    public IReadOnlyList<Dissent> Dissents => _dissents;
    /// <summary>Members of a check team from other agencies, who need not be users (name, position, agency).</summary>
    public IReadOnlyList<ExternalTeamMember> ExternalMembers => _externalMembers;
    public IReadOnlyList<SelfAssessmentEntry> SelfAssessment => _selfAssessment;

    private InspectionCase() { } // EF Core

    /// <summary>How far an inspection may be extended: <see cref="Times"/> extensions of at most <see cref="MaxDays"/> days (a definition parameter).</summary>
    public sealed record ExtensionLimit(int MaxDays, int Times, string Article);

    public InspectionCase(Guid id, CaseKind kind, AuthorityCode authority, Guid unitId, string subject, string? scope, string? legalBasis,
        DateOnly? periodFrom, DateOnly? periodTo, Guid? planItemId)
    {
        Id = id;
        Kind = kind;
        Authority = authority;
        UnitId = unitId;
        Code = $"{(kind == CaseKind.Inspection ? "TT" : "KT")}-{id.ToString("N")[..8].ToUpperInvariant()}";
        PlanItemId = planItemId;
        Describe(subject, scope, legalBasis, periodFrom, periodTo);
    }

    public bool HasTeamMember(Guid userId) => _team.Any(m => m.UserId == userId);
    public Guid? TeamLeaderId => _team.FirstOrDefault(m => m.IsLeader)?.UserId;
    public bool HasDecisionAndTeam => !string.IsNullOrEmpty(Decision.Number) && Decision.Date is not null && TeamLeaderId is not null;
    public bool HasResultsReport => ResultsReport.IsAttached;
    /// <summary>The conclusion has been published (the Publish step fired): from then on it is public, and its period frozen.</summary>
    public bool IsConclusionPublished => State != CaseStates.Cancelled && CaseStates.Rank(State) >= CaseStates.Rank(CaseStates.Published);
    public bool IsFinal => State is CaseStates.Closed or CaseStates.Cancelled;

    /// <summary>
    /// The conclusion (a check's thông báo kết luận) is issued: signed, and the case moved on past Concluding (not
    /// cancelled). The one rule by which a check counts toward Sở Nội vụ's 20% (seed II.6.c) in the coverage tracker,
    /// the draw's history and the periodic report (issue 15).
    /// </summary>
    public bool ConclusionIssued => Conclusion.IsSigned && IsConclusionIssuedState(State);

    /// <summary>States after the conclusion is issued, in either definition (v1 Published…Closed; v2 FollowUp, Closed).</summary>
    public static bool IsConclusionIssuedState(string state)
        => state is CaseStates.Published or CaseStates.Sanctioning or CaseStates.FollowUp or CaseStates.Closed;

    /// <summary>Codes of the checklist's criteria still "not checked": a check's conclusion notice waits for none.</summary>
    public IReadOnlyList<string> UnassessedCriteria => _checklist.Where(i => i.Result == CheckResult.NotChecked)
        .Select(i => i.CriterionCode).Order(StringComparer.Ordinal).ToList();

    /// <summary>
    /// The unit may see the case on <paramref name="today"/>: an inspection from its announcement (công bố) on; a check
    /// always, except an unannounced check before the team arrives (on-site start). The same rule as the query filter
    /// in the application's case access.
    /// </summary>
    public bool IsVisibleToUnitOn(DateOnly today) => Kind == CaseKind.Inspection
        ? AnnouncedOn is { } announced && announced <= today
        : !IsUnannounced || OnSiteStart is not null;

    // ------------------------------------------------------------ workflow bookkeeping

    public void AttachWorkflow(Guid instanceId) { WorkflowInstanceId = instanceId; Touch(); }

    /// <summary>Called by the workflow's entry action only.</summary>
    public void EnterState(string state, Guid instanceId, DateOnly today)
    {
        State = state;
        WorkflowInstanceId ??= instanceId;
        if (state == CaseStates.OnSite && OnSiteStart is null) OnSiteStart = today;
        if (state == CaseStates.Closed) ClosedOn ??= today;
        // An extension is asked and decided on site only: a request still waiting when the case moves on lapses with it.
        if (state != CaseStates.OnSite) PendingExtension.Clear();
        Touch();
    }

    public void FlagOverdue() { OverdueFlagged = true; Touch(); }

    // ------------------------------------------------------------ planning and decision

    /// <summary>What the case is about; fixed once the decision is issued (the case leaves Planned), since the decision states it.</summary>
    public void Describe(string subject, string? scope, string? legalBasis, DateOnly? periodFrom, DateOnly? periodTo)
    {
        NotFinal();
        if (State != CaseStates.Planned) throw new BusinessException(CaseErrorCodes.DescriptionFixedByDecision, Decision.Number ?? "");
        if (periodFrom is { } f && periodTo is { } t && t < f) throw new BusinessException(CaseErrorCodes.DateRangeInvalid);
        Subject = Check.NotEmpty(subject, nameof(Subject), CaseConsts.MaxTitleLength);
        Scope = Check.MaxLength(scope, nameof(Scope), CaseConsts.MaxTextLength);
        LegalBasis = Check.MaxLength(legalBasis, nameof(LegalBasis), CaseConsts.MaxTextLength);
        PeriodFrom = periodFrom;
        PeriodTo = periodTo;
        Touch();
    }

    /// <summary>
    /// Sets the planned on-site dates (either may be empty). Like <see cref="Describe"/>: only while the case is Planned;
    /// the end is not before the start.
    /// </summary>
    public void PlanOnSite(DateOnly? start, DateOnly? end)
    {
        NotFinal();
        if (start == PlannedOnSiteStart && end == PlannedOnSiteEnd) return;
        if (State != CaseStates.Planned) throw new BusinessException(CaseErrorCodes.DescriptionFixedByDecision, Decision.Number ?? "");
        if (start is { } s && end is { } e && e < s) throw new InputValidationException(nameof(PlannedOnSiteEnd), "Validation.DateRange");
        PlannedOnSiteStart = start;
        PlannedOnSiteEnd = end;
        Touch();
    }

    /// <summary>
    /// Records the decision's number and date, and its signer when one is given (null keeps the signer recorded, e.g. the
    /// one the người ra quyết định signed with, <see cref="SignDecision"/>).
    /// </summary>
    public void RecordDecision(string number, DateOnly date, string? signer)
    {
        InStates(CaseStates.Planned, CaseStates.Decided);
        Decision.Record(Check.NotEmpty(number, "DecisionNumber", CaseConsts.MaxCodeLength), date,
            signer is null ? Decision.Signer : Check.NotEmpty(signer, "DecisionSigner", CaseConsts.MaxShortTextLength), Legal.LegalBases.InForceOn(date).Version);
        Touch();
    }

    /// <summary>
    /// The người ra quyết định issues the decision (thanh-tra.inspection v4, entry of Decided): the signer is theirs,
    /// "position - full name" from their profile, whatever was typed while it was prepared.
    /// </summary>
    public void SignDecision(string position, string fullName)
    {
        InStates(CaseStates.Planned, CaseStates.Decided);
        Decision.Sign(Check.NotEmpty($"{position.Trim()} - {fullName.Trim()}", "DecisionSigner", CaseConsts.MaxShortTextLength));
        Touch();
    }

    /// <summary>
    /// Replaces the team, before the decision is issued. The caller has checked that every user holds the Inspector role.
    /// After the decision the team changes only by a decision changing it (<see cref="ChangeTeam"/>).
    /// </summary>
    public void AssignTeam(Guid leaderId, IReadOnlyCollection<Guid> memberIds)
    {
        NotFinal();
        if (IsTeamFixedByDecision) throw new BusinessException(TeamChangeErrorCodes.TeamFixedByDecision, Decision.Number ?? "");
        if (leaderId == Guid.Empty) throw new BusinessException(CaseErrorCodes.TeamLeaderRequired);
        var members = memberIds.Where(m => m != leaderId && m != Guid.Empty).Distinct().ToList();
        if (members.Count + 1 > CaseConsts.MaxTeamSize) throw new InputValidationException("MemberIds", "Validation.TooLong");
        _team.Clear();
        _team.Add(new TeamMember(Id, leaderId, true));
        _team.AddRange(members.Select(m => new TeamMember(Id, m, false)));
        Touch();
    }

    public void RecordWorkPlan(string text)
    {
        InStates(CaseStates.Planned, CaseStates.Decided, CaseStates.Announced);
        var changed = WorkPlan != text;
        WorkPlan = Check.NotEmpty(text, nameof(WorkPlan), CaseConsts.MaxLongTextLength);
        // A changed plan is a new plan: the approval was of the old text.
        if (changed) { WorkPlanApprovedOn = null; WorkPlanApprovedBy = null; }
        Touch();
    }

    /// <summary>The người ra quyết định approves the kế hoạch tiến hành (before the announcement).</summary>
    public void ApproveWorkPlan(DateOnly on, string by)
    {
        InStates(CaseStates.Planned, CaseStates.Decided);
        if (string.IsNullOrWhiteSpace(WorkPlan)) throw new BusinessException(CaseErrorCodes.WorkPlanMissing);
        WorkPlanApprovedOn = on;
        WorkPlanApprovedBy = Check.NotEmpty(by, nameof(WorkPlanApprovedBy), CaseConsts.MaxShortTextLength);
        Touch();
    }

    public bool WorkPlanApproved => WorkPlanApprovedOn is not null && !string.IsNullOrWhiteSpace(WorkPlan);

    public void RecordAnnouncement(DateOnly on)
    {
        InStates(CaseStates.Decided);
        if (Decision.Date is { } d && on < d) throw new BusinessException(CaseErrorCodes.DateRangeInvalid);
        AnnouncedOn = on;
        Touch();
    }

    // ------------------------------------------------------------ on site

    public void SetOnSitePeriod(DateOnly start, DateOnly? end)
    {
        InStates(CaseStates.OnSite);
        if (end is { } e && e < start) throw new BusinessException(CaseErrorCodes.DateRangeInvalid);
        OnSiteStart = start;
        OnSiteEnd = end;
        Touch();
    }

    /// <summary>
    /// Gia hạn. <paramref name="limit"/> comes from the case's workflow definition (the <c>Extension</c> limit: most days,
    /// how many times, its article); null for a definition with none (v1), which capped nothing.
    /// </summary>
    public CaseExtension AddExtension(string decisionNumber, int days, string grounds, DateOnly decidedOn, ExtensionLimit? limit = null)
    {
        EnsureExtensionPossible(days, limit);
        var e = new CaseExtension(Id, Check.NotEmpty(decisionNumber, nameof(decisionNumber), CaseConsts.MaxCodeLength), days,
            Check.NotEmpty(grounds, nameof(grounds), CaseConsts.MaxTextLength), decidedOn);
        _extensions.Add(e);
        // Granting answers the team's request, if there was one.
        PendingExtension.Clear();
        Touch();
        return e;
    }

    /// <summary>
    /// Whether an extension of <paramref name="days"/> may still be decided: on site, within the cap of the definition.
    /// Checked when the team asks (đề nghị gia hạn), so a second extension is refused before Leadership is asked, and
    /// again when Leadership grants.
    /// </summary>
    public void EnsureExtensionPossible(int days, ExtensionLimit? limit)
    {
        NotForCheck();
        InStates(CaseStates.OnSite);
        if (days is < 1 or > 365) throw new InputValidationException("Days", "Validation.Invalid");
        if (limit is { } l)
        {
            if (_extensions.Count >= l.Times) throw new BusinessException(CaseErrorCodes.ExtensionLimitReached, l.Times, l.Article);
            if (days > l.MaxDays) throw new BusinessException(CaseErrorCodes.ExtensionTooLong, l.MaxDays, days, l.Article);
        }
    }

    /// <summary>
    /// Tạm dừng with a fixed last day (<paramref name="to"/>) or an open end (null), ended by
    /// <see cref="ContinueAfterSuspension"/>. One suspension is open at a time.
    /// </summary>
    public CaseSuspension AddSuspension(string decisionNumber, DateOnly from, DateOnly? to, string reason)
    {
        NotForCheck();
        InStates(CaseStates.OnSite);
        if (to is { } t && t < from) throw new BusinessException(CaseErrorCodes.DateRangeInvalid);
        if (OpenSuspension is { } open) throw new BusinessException(CaseErrorCodes.SuspensionStillOpen, open.DecisionNumber);
        var s = new CaseSuspension(Id, Check.NotEmpty(decisionNumber, nameof(decisionNumber), CaseConsts.MaxCodeLength), from, to,
            Check.NotEmpty(reason, nameof(reason), CaseConsts.MaxTextLength));
        _suspensions.Add(s);
        Touch();
        return s;
    }

    public ChecklistItem AddChecklistItem(string criterionCode, string title, string? target)
    {
        InStates(CaseStates.Announced, CaseStates.OnSite);
        if (_checklist.Any(i => string.Equals(i.CriterionCode, criterionCode, StringComparison.OrdinalIgnoreCase)))
            throw new BusinessException(CaseErrorCodes.ChecklistItemDuplicate, criterionCode);
        var item = new ChecklistItem(Id, Check.NotEmpty(criterionCode, nameof(criterionCode), CaseConsts.MaxCodeLength),
            Check.NotEmpty(title, nameof(title), CaseConsts.MaxTitleLength), Check.MaxLength(target, nameof(target), CaseConsts.MaxShortTextLength));
        _checklist.Add(item);
        Touch();
        return item;
    }

    /// <summary>Seeds the plan's criteria (idempotent: codes already on the checklist are skipped).</summary>
    public int AddCatalogueCriteria(IEnumerable<CheckCriterion> criteria, bool english)
    {
        var added = 0;
        foreach (var c in criteria.Where(c => !_checklist.Any(i => string.Equals(i.CriterionCode, c.Code, StringComparison.OrdinalIgnoreCase))))
        {
            _checklist.Add(new ChecklistItem(Id, c.Code, english ? c.NameEn : c.NameVi, english ? c.TargetEn : c.TargetVi));
            added++;
        }
        if (added > 0) Touch();
        return added;
    }

    /// <summary>Records a result; a criterion not met proposes a finding for the team to confirm (once per item).</summary>
    public Finding? RecordChecklistResult(Guid itemId, CheckResult result, string? measured, string? note)
    {
        InStates(FindingStates);
        var item = _checklist.FirstOrDefault(i => i.Id == itemId) ?? throw new EntityNotFoundException(nameof(ChecklistItem), itemId);
        item.Record(result, Check.MaxLength(measured, nameof(measured), CaseConsts.MaxShortTextLength), Check.MaxLength(note, nameof(note), CaseConsts.MaxTextLength));
        Touch();
        if (result != CheckResult.NotMet || item.FindingId is not null) return null;
        var description = $"{item.Title}: {(string.IsNullOrWhiteSpace(measured) ? "—" : measured)}" + (item.Target is null ? "" : $" (≠ {item.Target})");
        var finding = new Finding(Id, item.CriterionCode, Truncate(description, CaseConsts.MaxTextLength), FindingSeverity.Moderate, null, null, null, FindingStatus.Proposed);
        _findings.Add(finding);
        item.FindingId = finding.Id;
        return finding;
    }

    public EvidenceFile AddEvidence(Guid id, string fileName, string storedName, string contentType, long size, string sha256, DateOnly? effective, string? description, Guid? uploadedBy, DateTime nowUtc)
    {
        NotFinal();
        var e = new EvidenceFile(id, Id, fileName, storedName, contentType, size, sha256, effective, Check.MaxLength(description, nameof(description), CaseConsts.MaxTextLength), uploadedBy, nowUtc);
        _evidence.Add(e);
        Touch();
        return e;
    }

    public CaseMinutes AddMinutes(string title, DateOnly heldOn, string content)
    {
        InStates(CaseStates.Announced, CaseStates.OnSite, CaseStates.Reporting, CaseStates.Concluding);
        var m = new CaseMinutes(Id, Check.NotEmpty(title, nameof(title), CaseConsts.MaxTitleLength), heldOn, Check.NotEmpty(content, nameof(content), CaseConsts.MaxLongTextLength));
        _minutes.Add(m);
        Touch();
        return m;
    }

    public DiaryEntry AddDiaryEntry(DateOnly date, Guid? authorId, string text)
    {
        InStates(CaseStates.Decided, CaseStates.Announced, CaseStates.OnSite, CaseStates.Reporting, CaseStates.Concluding);
        var d = new DiaryEntry(Id, date, authorId, Check.NotEmpty(text, nameof(text), CaseConsts.MaxTextLength));
        _diary.Add(d);
        Touch();
        return d;
    }

    // ------------------------------------------------------------ findings

    public Finding RecordFinding(string? criterionCode, string description, FindingSeverity severity, string? legalBasis, decimal? amountVnd, string? responsible)
    {
        InStates(FindingStates);
        var f = new Finding(Id, Check.MaxLength(criterionCode, nameof(criterionCode), CaseConsts.MaxCodeLength), Check.NotEmpty(description, nameof(description), CaseConsts.MaxTextLength),
            severity, Check.MaxLength(legalBasis, nameof(legalBasis), CaseConsts.MaxTextLength), Check.Money(amountVnd, "AmountVnd"), Check.MaxLength(responsible, nameof(responsible), CaseConsts.MaxShortTextLength), FindingStatus.Confirmed);
        _findings.Add(f);
        Touch();
        return f;
    }

    public Finding ConfirmFinding(Guid findingId, string description, FindingSeverity severity, string? legalBasis, decimal? amountVnd, string? responsible)
    {
        InStates(FindingStates);
        var f = _findings.FirstOrDefault(x => x.Id == findingId) ?? throw new EntityNotFoundException(nameof(Finding), findingId);
        f.Confirm(Check.NotEmpty(description, nameof(description), CaseConsts.MaxTextLength), severity, Check.MaxLength(legalBasis, nameof(legalBasis), CaseConsts.MaxTextLength),
            Check.Money(amountVnd, "AmountVnd"), Check.MaxLength(responsible, nameof(responsible), CaseConsts.MaxShortTextLength));
        Touch();
        return f;
    }

    public Finding RejectFinding(Guid findingId)
    {
        InStates(FindingStates);
        var f = _findings.FirstOrDefault(x => x.Id == findingId) ?? throw new EntityNotFoundException(nameof(Finding), findingId);
        f.Reject();
        Touch();
        return f;
    }

    // ------------------------------------------------------------ reporting and concluding

    public void AttachResultsReport(string? number, DateOnly date, string text)
    {
        InStates(CaseStates.Reporting);
        ResultsReport.Record(Check.MaxLength(number, "ResultsReportNumber", CaseConsts.MaxCodeLength), date,
            Check.NotEmpty(text, "ResultsReportText", CaseConsts.MaxLongTextLength));
        Touch();
    }

    public void RecordDraftConclusion(DateOnly date, string text)
    {
        InStates(CaseStates.Concluding);
        DraftConclusion.Record(date, Check.NotEmpty(text, "DraftConclusionText", CaseConsts.MaxLongTextLength));
        Touch();
    }

    public Dissent AddDissent(Guid memberId, string text, DateOnly on)
    {
        InStates(CaseStates.Concluding);
        if (!HasTeamMember(memberId)) throw new BusinessException(CaseErrorCodes.DissentByNonMember);
        if (!DraftConclusion.IsDrafted) throw new BusinessException(CaseErrorCodes.DraftConclusionMissing);
        var d = new Dissent(Id, memberId, Check.NotEmpty(text, nameof(text), CaseConsts.MaxTextLength), on);
        _dissents.Add(d);
        Touch();
        return d;
    }

    /// <summary>
    /// Records the appraisal (thẩm định) of the draft by <paramref name="appraiserId"/>, who must not be on the team: the team
    /// cannot appraise its own draft.
    /// </summary>
    public void RecordAppraisal(Guid appraiserId, DateOnly on, string by, string opinion)
    {
        InStates(CaseStates.Concluding);
        if (HasTeamMember(appraiserId)) throw new BusinessException(CaseErrorCodes.AppraiserOnTeam);
        if (!DraftConclusion.IsDrafted) throw new BusinessException(CaseErrorCodes.DraftConclusionMissing);
        Appraisal.Record(on, Check.NotEmpty(by, "AppraisalBy", CaseConsts.MaxShortTextLength),
            Check.NotEmpty(opinion, "AppraisalOpinion", CaseConsts.MaxTextLength));
        Touch();
    }

    /// <summary>Records the conclusion signed by <paramref name="signerId"/> (the người ra quyết định), who must not be on the team.</summary>
    /// <remarks>
    /// On an accountability inspection the conclusion states what it decides about the head's responsibility
    /// (<paramref name="accountability"/>, required there and refused elsewhere: <see cref="InspectionCase.HasAccountableHead"/>).
    /// </remarks>
    public void RecordConclusion(Guid signerId, string number, DateOnly date, string signer, string text,
        AccountabilityVerdict? accountability = null, string? accountabilityText = null)
    {
        InStates(CaseStates.Concluding);
        if (HasTeamMember(signerId)) throw new BusinessException(CaseErrorCodes.SignerOnTeam);
        // A check's conclusion notice (thông báo kết luận kiểm tra) has no appraisal step.
        if (Kind == CaseKind.Inspection && !Appraisal.IsDone) throw new BusinessException(CaseErrorCodes.AppraisalMissing);
        CheckAccountability(accountability, accountabilityText);
        Conclusion.Record(Check.NotEmpty(number, "ConclusionNumber", CaseConsts.MaxCodeLength), date,
            Check.NotEmpty(signer, "ConclusionSigner", CaseConsts.MaxShortTextLength), Check.NotEmpty(text, "ConclusionText", CaseConsts.MaxLongTextLength),
            accountability, accountabilityText);
        Touch();
    }

    /// <summary>
    /// Records where and when the conclusion is posted. Frozen once published: the Publish guard checked this very period
    /// (at least 15 days), so shortening or moving it afterwards would undo the check.
    /// </summary>
    public void RecordPublication(string channel, DateOnly from, DateOnly to)
    {
        if (IsConclusionPublished)
            throw new BusinessException(CaseErrorCodes.PublicationFrozen, Publication.From, Publication.To);
        InStates(CaseStates.Concluding);
        if (to < from) throw new BusinessException(CaseErrorCodes.DateRangeInvalid);
        // A conclusion is posted after it exists: not before it was signed (or drafted, or reported on, while unsigned).
        if (from < (Conclusion.Date ?? DraftConclusion.Date ?? ResultsReport.Date)) throw new InputValidationException("From", "Validation.PublicationBeforeConclusion");
        Publication.Record(Check.NotEmpty(channel, "PublicationChannel", CaseConsts.MaxShortTextLength), from, to);
        Touch();
    }

    // Files answering a document request or reporting on a sanction (their own aggregates) join the case's evidence, linked to them.

    private void AddLinkedEvidence(StoredEvidenceFile file, Guid? uploadedBy, DateTime nowUtc, Action<EvidenceFile> link)
    {
        var e = new EvidenceFile(file.Id, Id, file.FileName, file.StoredName, file.ContentType, file.SizeBytes, file.Sha256, null, null, uploadedBy, nowUtc);
        link(e);
        _evidence.Add(e);
    }

    /// <summary>Called by the Cancelled entry action; the definition only offers Cancel before Concluding.</summary>
    public void Cancel(string reason)
    {
        if (CaseStates.Rank(State) >= CaseStates.Rank(CaseStates.Concluding)) throw new BusinessException(CaseErrorCodes.CannotCancelAfterConcluding);
        if (string.IsNullOrWhiteSpace(reason)) throw new BusinessException(CaseErrorCodes.CancelReasonRequired);
        CancelReason = Check.NotEmpty(reason, nameof(CancelReason), CaseConsts.MaxTextLength);
        Touch();
    }

    // ------------------------------------------------------------ Sở Nội vụ's check (noi-vu.check v2)

    // A check's findings and criteria stay open until its conclusion notice (no results report in between);
    // an inspection's close with the results report (OnSite, Reporting).
    private string[] FindingStates => Kind == CaseKind.Check
        ? [CaseStates.OnSite, CaseStates.Reporting, CaseStates.Concluding]
        : [CaseStates.OnSite, CaseStates.Reporting];

    /// <summary>Marks a check as unannounced (đột xuất) or not; fixed once its decision is issued.</summary>
    public void SetUnannounced(bool unannounced)
    {
        OnlyCheck();
        if (State != CaseStates.Planned) throw new BusinessException(CheckErrorCodes.UnannouncedFixed);
        IsUnannounced = unannounced;
        if (!unannounced) UnannouncedReason = null;
        Touch();
    }

    /// <summary>
    /// Opens the case đột xuất (not from a plan item) for <paramref name="reason"/>: an inspection or a check, before its
    /// decision is issued (as <see cref="SetUnannounced"/>). The reason is required.
    /// </summary>
    public void MarkUnannounced(string reason)
    {
        if (State != CaseStates.Planned) throw new BusinessException(CheckErrorCodes.UnannouncedFixed);
        if (string.IsNullOrWhiteSpace(reason)) throw new InputValidationException(nameof(UnannouncedReason), "Validation.Required");
        if (reason.Length > CaseConsts.MaxTextLength) throw new InputValidationException(nameof(UnannouncedReason), "Validation.TooLong");
        if (PlanItemId is not null) throw new InputValidationException(nameof(PlanItemId), "CaseNew.UnannouncedNotPlanned");
        IsUnannounced = true;
        UnannouncedReason = reason.Trim();
        Touch();
    }

    public ExternalTeamMember AddExternalMember(string name, string position, string agency)
    {
        OnlyCheck();
        InStates(CaseStates.Planned, CaseStates.Decided);
        if (_team.Count + _externalMembers.Count + 1 > CaseConsts.MaxTeamSize) throw new InputValidationException("Name", "Validation.TooLong");
        var m = new ExternalTeamMember(Id, Check.NotEmpty(name, nameof(name), CaseConsts.MaxShortTextLength),
            Check.NotEmpty(position, nameof(position), CaseConsts.MaxShortTextLength), Check.NotEmpty(agency, nameof(agency), CaseConsts.MaxShortTextLength));
        _externalMembers.Add(m);
        Touch();
        return m;
    }

    public void RemoveExternalMember(Guid memberId)
    {
        OnlyCheck();
        InStates(CaseStates.Planned, CaseStates.Decided);
        var m = _externalMembers.FirstOrDefault(x => x.Id == memberId) ?? throw new EntityNotFoundException(nameof(ExternalTeamMember), memberId);
        _externalMembers.Remove(m);
        Touch();
    }

    /// <summary>
    /// The unit's self-assessment before the visit: a value for every criterion in <paramref name="required"/> (the plan's
    /// catalogue); submitting again replaces the previous one. Nothing is kept when a value is missing.
    /// </summary>
    public void SubmitSelfAssessment(IReadOnlyList<(string Code, string? Value, string? Note)> values, IEnumerable<string> required, Guid? by, DateOnly today)
    {
        OnlyCheck();
        if (IsUnannounced) throw new BusinessException(CheckErrorCodes.SelfAssessmentNotForUnannounced);
        InStates(CaseStates.SelfAssessment);
        var given = values.Where(v => !string.IsNullOrWhiteSpace(v.Value))
            .GroupBy(v => v.Code.Trim(), StringComparer.OrdinalIgnoreCase).ToDictionary(g => g.Key, g => g.Last(), StringComparer.OrdinalIgnoreCase);
        var missing = required.Where(code => !given.ContainsKey(code)).ToList();
        if (missing.Count > 0) throw new BusinessException(CheckErrorCodes.SelfAssessmentValuesMissing, string.Join(", ", missing));
        var entries = given.Values.Select(v => new SelfAssessmentEntry(Id, Check.NotEmpty(v.Code.Trim(), "Code", CaseConsts.MaxCodeLength),
            Check.NotEmpty(v.Value!.Trim(), "Value", CaseConsts.MaxShortTextLength), Check.MaxLength(v.Note, "Note", CaseConsts.MaxTextLength))).ToList();
        _selfAssessment.Clear();
        _selfAssessment.AddRange(entries);
        SelfAssessedOn = today;
        SelfAssessedBy = by;
        Touch();
    }

    // A check (kiểm tra công vụ / CCHC) has no extension, suspension or money recovery: they belong to an inspection.
    private void NotForCheck()
    {
        if (Kind == CaseKind.Check) throw new BusinessException(CheckErrorCodes.NotInCheckProcedure);
    }

    private void OnlyCheck()
    {
        if (Kind != CaseKind.Check) throw new BusinessException(CheckErrorCodes.OnlyForChecks);
    }

    // ------------------------------------------------------------ helpers

    private void InStates(params string[] states)
    {
        if (!states.Contains(State)) throw new BusinessException(CaseErrorCodes.WrongState, State, string.Join(", ", states));
    }

    internal void NotFinal()
    {
        if (IsFinal) throw new BusinessException(CaseErrorCodes.WrongState, State, "≠ Closed, Cancelled");
    }

    // Child rows do not modify the root row; bumping the revision does, so the root's stamp is checked and renewed.
    private void Touch() => Revision++;

    private static string Truncate(string s, int max) => s.Length <= max ? s : s[..max];
}
