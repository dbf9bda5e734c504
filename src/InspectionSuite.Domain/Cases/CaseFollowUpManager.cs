namespace InspectionSuite.Cases;

/// <summary>
/// The rules of a case's follow-up that need the case (a domain service, issue 19 item 5): in which state of the case a
/// sanction is issued, a report taken or reviewed, a re-check ordered or its result recorded; a check's outcome answers
/// one of its findings or criteria; a report's files join the case's evidence. The follow-up keeps its own rules (money
/// recovered never above decided, one claim waiting at a time, one result per item and re-check) in
/// <see cref="CaseFollowUp"/>, <see cref="Sanction"/> and <see cref="ReCheck"/>. Who may act is the application's check.
/// </summary>
public static class CaseFollowUpManager
{
    public static Sanction IssueSanction(InspectionCase @case, CaseFollowUp followUp, SanctionType type, string target, decimal? amountVnd, DateOnly? deadline, string responsible)
    {
        Of(@case, followUp);
        @case.EnsureInStates(CaseStates.Published, CaseStates.Sanctioning);
        return followUp.AddSanction(type, Check.NotEmpty(target, nameof(target), CaseConsts.MaxShortTextLength), Check.Money(amountVnd, "AmountVnd"), deadline,
            Check.NotEmpty(responsible, nameof(responsible), CaseConsts.MaxShortTextLength));
    }

    /// <summary>Records the unit's report on one sanction; <paramref name="attachments"/> (already stored) become evidence of the case linked to it.</summary>
    public static ImplementationReport ReportImplementation(InspectionCase @case, CaseFollowUp followUp, Guid sanctionId, ImplementationStatus status, decimal recovered,
        string? note, DateOnly on, Guid? reporterId, IReadOnlyList<StoredEvidenceFile>? attachments = null, DateTime? nowUtc = null)
    {
        Of(@case, followUp);
        @case.EnsureInStates(CaseStates.Sanctioning, CaseStates.FollowUp);
        Check.Money(recovered, "AmountRecoveredVnd");
        attachments ??= [];
        if (attachments.Count > CaseConsts.MaxFilesPerSubmission) throw new BusinessException(CaseErrorCodes.TooManyFiles, CaseConsts.MaxFilesPerSubmission);
        var r = followUp.AddReport(sanctionId, status, recovered, Check.MaxLength(note, nameof(note), CaseConsts.MaxTextLength), on, reporterId);
        @case.AttachImplementationReportFiles(r.Id, attachments, reporterId, nowUtc ?? on.ToDateTime(TimeOnly.MinValue));
        return r;
    }

    /// <summary>
    /// Theo dõi, đôn đốc (issue 14): the team confirms the unit's report that an item is done, and only then is the item
    /// resolved. Who may (a team member or a supervisor, never the unit) is the application's check.
    /// </summary>
    public static ImplementationReport ConfirmImplementation(InspectionCase @case, CaseFollowUp followUp, Guid sanctionId, DateOnly on, Guid? confirmedBy)
    {
        Of(@case, followUp);
        @case.EnsureInStates(CaseStates.Sanctioning, CaseStates.FollowUp);
        return followUp.ConfirmClaim(sanctionId, on, confirmedBy);
    }

    /// <summary>The team rejects the unit's "done" with a reason: the item is in progress again and the report's money no longer counts.</summary>
    public static ImplementationReport RejectImplementation(InspectionCase @case, CaseFollowUp followUp, Guid sanctionId, string reason, DateOnly on, Guid? rejectedBy)
    {
        Of(@case, followUp);
        @case.EnsureInStates(CaseStates.Sanctioning, CaseStates.FollowUp);
        if (string.IsNullOrWhiteSpace(reason)) throw new BusinessException(CaseErrorCodes.ClaimRejectReasonRequired);
        return followUp.RejectClaim(sanctionId, Check.NotEmpty(reason.Trim(), nameof(reason), CaseConsts.MaxTextLength), on, rejectedBy);
    }

    public static Sanction CarryOver(InspectionCase @case, CaseFollowUp followUp, Guid sanctionId, string reason)
    {
        Of(@case, followUp);
        @case.EnsureInStates(CaseStates.FollowUp);
        if (string.IsNullOrWhiteSpace(reason)) throw new BusinessException(CaseErrorCodes.CarryOverReasonRequired);
        return followUp.CarryOver(sanctionId, Check.NotEmpty(reason, nameof(reason), CaseConsts.MaxTextLength));
    }

    /// <summary>Orders a re-check of the implementation (follow-up only). Inspectors are checked for the Inspector role by the caller.</summary>
    public static ReCheck OrderReCheck(InspectionCase @case, CaseFollowUp followUp, string decisionNumber, DateOnly decidedOn, string scope, DateOnly? dueOn,
        IReadOnlyCollection<Guid> inspectorIds, Guid? orderedBy)
    {
        Of(@case, followUp);
        @case.EnsureInStates(CaseStates.FollowUp);
        if (inspectorIds.Count == 0) throw new BusinessException(CaseErrorCodes.ReCheckInspectorRequired);
        if (inspectorIds.Distinct().Count() > CaseConsts.MaxReCheckInspectors) throw new InputValidationException("InspectorIds", "Validation.TooLong");
        if (dueOn is { } due && due < decidedOn) throw new BusinessException(CaseErrorCodes.DateRangeInvalid);
        return followUp.OrderReCheck(Check.NotEmpty(decisionNumber, nameof(decisionNumber), CaseConsts.MaxCodeLength), decidedOn,
            Check.NotEmpty(scope, nameof(scope), CaseConsts.MaxTextLength), dueOn, inspectorIds, orderedBy);
    }

    /// <summary>
    /// Records what a re-check verified for one sanction: confirmed done resolves it, not done reopens it (even one the
    /// unit reported done or that was carried over) and needs a note; a verified amount replaces the reported one.
    /// </summary>
    public static ReCheckResult RecordReCheckResult(InspectionCase @case, CaseFollowUp followUp, Guid reCheckId, Guid sanctionId, ReCheckOutcome outcome,
        decimal? verifiedRecoveredVnd, string? note, DateOnly on, Guid? recordedBy)
    {
        Of(@case, followUp);
        @case.EnsureInStates(CaseStates.FollowUp);
        Check.Money(verifiedRecoveredVnd, "VerifiedRecoveredVnd");
        if (outcome == ReCheckOutcome.NotDone && string.IsNullOrWhiteSpace(note)) throw new BusinessException(CaseErrorCodes.ReCheckNoteRequired);
        followUp.ReCheck(reCheckId);
        followUp.Sanction(sanctionId);
        return followUp.RecordReCheckResult(reCheckId, sanctionId, outcome, verifiedRecoveredVnd, Check.MaxLength(note, nameof(note), CaseConsts.MaxTextLength), on, recordedBy);
    }

    /// <summary>
    /// An outcome of a check's conclusion notice: kiến nghị chấn chỉnh (<see cref="SanctionType.CorrectiveRecommendation"/>) or
    /// kiến nghị xử lý trách nhiệm (<see cref="SanctionType.AccountabilityProposal"/>), answering a finding or a checklist criterion.
    /// </summary>
    public static Sanction RecordCheckOutcome(InspectionCase @case, CaseFollowUp followUp, SanctionType type, string text, string responsible, DateOnly? deadline,
        Guid? findingId, string? criterionCode)
    {
        Of(@case, followUp);
        @case.EnsureCheck();
        @case.EnsureInStates(CaseStates.Concluding);
        if (type is not (SanctionType.CorrectiveRecommendation or SanctionType.AccountabilityProposal))
            throw new BusinessException(CheckErrorCodes.OutcomeTypeNotForCheck, type);
        criterionCode = string.IsNullOrWhiteSpace(criterionCode) ? null : criterionCode.Trim();
        if (findingId is null && criterionCode is null) throw new BusinessException(CheckErrorCodes.OutcomeLinkRequired);
        if (findingId is { } fid)
        {
            var finding = @case.Findings.FirstOrDefault(f => f.Id == fid && f.Status != FindingStatus.Rejected) ?? throw new EntityNotFoundException(nameof(Finding), fid);
            criterionCode ??= finding.CriterionCode;
        }
        else if (!@case.Checklist.Any(i => string.Equals(i.CriterionCode, criterionCode, StringComparison.OrdinalIgnoreCase)))
            throw new BusinessException(CheckErrorCodes.OutcomeCriterionUnknown, criterionCode);
        return followUp.AddSanction(type, Check.NotEmpty(text, "Target", CaseConsts.MaxShortTextLength), null, deadline,
            Check.NotEmpty(responsible, nameof(responsible), CaseConsts.MaxShortTextLength), findingId, criterionCode);
    }

    /// <summary>The follow-up is this case's.</summary>
    private static void Of(InspectionCase @case, CaseFollowUp followUp)
    {
        if (followUp.CaseId != @case.Id) throw new EntityNotFoundException(nameof(CaseFollowUp), followUp.CaseId);
    }
}
