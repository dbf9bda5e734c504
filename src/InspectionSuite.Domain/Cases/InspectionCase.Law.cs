namespace InspectionSuite.Cases;

/// <summary>
/// The records of the Thanh tra procedure on Luật Thanh tra 84/2025/QH15 that are not workflow states: the continuation
/// after a suspension, members' reports to the Trưởng đoàn, the unit's explanation (giải trình) on the draft conclusion,
/// the văn bản kiến nghị of the head of the inspectorate (Điều 52) and the Chủ tịch UBND tỉnh's direction (Điều 53).
/// </summary>
public sealed partial class InspectionCase
{
    private readonly List<UnitExplanation> _explanations = [];
    private readonly List<MemberReport> _memberReports = [];

    public IReadOnlyList<UnitExplanation> Explanations => _explanations;
    public IReadOnlyList<MemberReport> MemberReports => _memberReports;

    public string? RecommendationLetterNumber { get; private set; }
    public DateOnly? RecommendationLetterDate { get; private set; }
    public string? RecommendationLetterText { get; private set; }
    public string? DirectionNumber { get; private set; }
    public DateOnly? DirectionDate { get; private set; }
    public string? DirectionText { get; private set; }

    /// <summary>
    /// Đề nghị gia hạn: the team's request waiting for the người ra quyết định (Leadership's "Gia hạn" task); empty when
    /// none waits. Kept on the case in full, where the journal keeps only a 200-character summary of the task's payload.
    /// </summary>
    public ExtensionRequest PendingExtension { get; private set; } = new();

    /// <summary>
    /// The team asks for an extension of <paramref name="days"/> days: possible only as <see cref="EnsureExtensionPossible"/>
    /// says, and only one request waits at a time. Cleared when Leadership grants (<see cref="AddExtension"/>) or refuses it.
    /// </summary>
    public void RequestExtension(int days, string reason, Guid requestedById, string requestedBy, DateTime requestedAtUtc, ExtensionLimit? limit)
    {
        EnsureExtensionPossible(days, limit);
        if (PendingExtension.IsPending) throw new BusinessException(CaseErrorCodes.ExtensionAlreadyRequested);
        PendingExtension.Record(days, Check.NotEmpty(reason, "ExtensionRequestReason", CaseConsts.MaxTextLength), requestedById,
            Check.NotEmpty(requestedBy, "ExtensionRequestedBy", CaseConsts.MaxShortTextLength), requestedAtUtc);
        Touch();
    }

    /// <summary>Leadership refuses the pending request; the team may ask again.</summary>
    public void RefuseExtensionRequest()
    {
        if (!PendingExtension.IsPending) throw new BusinessException(CaseErrorCodes.NoExtensionRequest);
        PendingExtension.Clear();
        Touch();
    }

    /// <summary>The suspension whose end is still open (at most one).</summary>
    public CaseSuspension? OpenSuspension => _suspensions.FirstOrDefault(s => s.IsOpen);

    /// <summary>
    /// Tiếp tục: the continuation record that ends the open suspension; work resumes on <paramref name="on"/>, so the
    /// clock stood still from the suspension's start to the day before.
    /// </summary>
    public CaseSuspension ContinueAfterSuspension(string decisionNumber, DateOnly on)
    {
        NotForCheck();
        InStates(CaseStates.OnSite);
        var open = OpenSuspension ?? throw new BusinessException(CaseErrorCodes.NoOpenSuspension);
        if (on <= open.From) throw new BusinessException(CaseErrorCodes.DateRangeInvalid);
        open.Continue(Check.NotEmpty(decisionNumber, nameof(decisionNumber), CaseConsts.MaxCodeLength), on);
        Touch();
        return open;
    }

    /// <summary>
    /// A member's report to the Trưởng đoàn (on their part of the work), recorded by that member or the Trưởng đoàn before
    /// the results report; <paramref name="evidenceId"/> links a file already among the case's evidence.
    /// </summary>
    public MemberReport AddMemberReport(Guid memberId, Guid? recordedBy, DateOnly reportedOn, string text, Guid? evidenceId)
    {
        NotForCheck();
        InStates(CaseStates.OnSite, CaseStates.Reporting);
        if (ResultsReport.Date is { } reported) throw new BusinessException(CaseErrorCodes.MemberReportAfterResultsReport, VietnamTime.DateText(reported));
        if (!_team.Any(m => m.UserId == memberId && !m.IsLeader)) throw new BusinessException(CaseErrorCodes.MemberReportNotByMember);
        if (recordedBy != memberId && recordedBy != TeamLeaderId) throw new BusinessException(CaseErrorCodes.MemberReportNotByMember);
        if (evidenceId is { } fileId && _evidence.All(e => e.Id != fileId)) throw new EntityNotFoundException(nameof(EvidenceFile), fileId);
        var r = new MemberReport(Id, memberId, reportedOn, Check.NotEmpty(text, nameof(text), CaseConsts.MaxLongTextLength), evidenceId, recordedBy);
        _memberReports.Add(r);
        Touch();
        return r;
    }

    /// <summary>
    /// The inspected unit's explanation (giải trình) on the draft conclusion, when asked, with the points it maintains
    /// (bảo lưu), kept with the case whatever the conclusion says.
    /// </summary>
    public UnitExplanation RecordExplanation(DateOnly receivedOn, string text, string? maintained, Guid? recordedBy)
    {
        NotForCheck();
        InStates(CaseStates.Concluding);
        if (DraftConclusion.Date is not { } draft) throw new BusinessException(CaseErrorCodes.DraftConclusionMissing);
        if (receivedOn < draft) throw new BusinessException(CaseErrorCodes.DateRangeInvalid);
        var e = new UnitExplanation(Id, receivedOn, Check.NotEmpty(text, nameof(text), CaseConsts.MaxLongTextLength),
            Check.MaxLength(string.IsNullOrWhiteSpace(maintained) ? null : maintained, nameof(maintained), CaseConsts.MaxTextLength), recordedBy);
        _explanations.Add(e);
        Touch();
        return e;
    }

    /// <summary>Văn bản kiến nghị of the head of the inspectorate (Điều 52), after the conclusion is published.</summary>
    public void RecordRecommendationLetter(string number, DateOnly date, string text)
    {
        NotForCheck();
        InStates(CaseStates.Published, CaseStates.Sanctioning, CaseStates.FollowUp);
        if (Conclusion.Date is not { } concluded || date < concluded)
            throw new BusinessException(CaseErrorCodes.RecommendationLetterBeforeConclusion, VietnamTime.DateText(Conclusion.Date));
        RecommendationLetterNumber = Check.NotEmpty(number, nameof(number), CaseConsts.MaxCodeLength);
        RecommendationLetterDate = date;
        RecommendationLetterText = Check.NotEmpty(text, nameof(text), CaseConsts.MaxTextLength);
        Touch();
    }

    /// <summary>The Chủ tịch UBND tỉnh's direction on the văn bản kiến nghị (Điều 53).</summary>
    public void RecordDirection(string number, DateOnly date, string text)
    {
        NotForCheck();
        InStates(CaseStates.Published, CaseStates.Sanctioning, CaseStates.FollowUp);
        if (RecommendationLetterDate is not { } letter) throw new BusinessException(CaseErrorCodes.DirectionWithoutRecommendationLetter);
        if (date < letter) throw new BusinessException(CaseErrorCodes.DateRangeInvalid);
        DirectionNumber = Check.NotEmpty(number, nameof(number), CaseConsts.MaxCodeLength);
        DirectionDate = date;
        DirectionText = Check.NotEmpty(text, nameof(text), CaseConsts.MaxTextLength);
        Touch();
    }
}
