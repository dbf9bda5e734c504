namespace InspectionSuite.Cases;

/// <summary>
/// What the inspected unit's representative reads of a case they see (from its announcement on, <see cref="CaseAccess"/>):
/// only what is addressed to the unit — the decision (and its extension or suspension decisions), the document requests,
/// the conclusion once published, the sanctions and recommendations addressed to it, and its own uploads. Never the team's
/// work plan, minutes, diary, checklist, findings or evidence, the results report before the conclusion is published, the
/// draft conclusion, the dissents or the appraisal. Applied by every service that answers a unit representative, so pages,
/// API responses and documents show the same.
/// </summary>
public static class UnitRepresentativeView
{
    /// <summary>The case as the unit sees it: the team's internal parts emptied, the conclusion only once published.</summary>
    public static CaseDto Redact(CaseDto dto, InspectionCase @case, Guid? userId)
    {
        var published = ConclusionIsPublic(@case);
        return dto with
        {
            WorkPlan = null,
            Minutes = [],
            Diary = [],
            ResultsReport = published ? dto.ResultsReport : ResultsReportDto.None,
            DraftConclusion = DraftConclusionDto.None,
            Dissents = [],
            Appraisal = AppraisalDto.None,
            Conclusion = published ? dto.Conclusion : ConclusionDto.None,
            ChecklistCount = 0,
            FindingCount = 0,
            // Members' reports are the team's internal work; the văn bản kiến nghị and the direction go to the Chủ tịch
            // UBND tỉnh, not to the unit. The unit's own explanation stays.
            MemberReports = [],
            // Why the authority went đột xuất (e.g. signs of a violation) is its own ground, not the unit's to read.
            UnannouncedReason = null,
            RecommendationLetter = null,
            Direction = null,
            // The team's request for an extension is between the team and the người ra quyết định; the unit sees the decision.
            PendingExtensionRequest = null,
            Deadlines = dto.Deadlines with { RecommendationLetterDue = null, RecommendationLetterOverdue = false, DirectionDue = null, DirectionOverdue = false },
            EvidenceCount = OwnEvidence(@case, userId).Count(),
        };
    }

    /// <summary>States the unit sees the case enter: what is announced or done with it, never the team's internal steps.</summary>
    private static readonly HashSet<string> UnitMilestones =
    [
        CaseStates.Announced, CaseStates.SelfAssessment, CaseStates.OnSite, CaseStates.Published, CaseStates.Sanctioning,
        CaseStates.FollowUp, CaseStates.Closed, CaseStates.Cancelled,
    ];

    /// <summary>
    /// The case's history as the unit sees it: only the transitions into the milestones it is told about, without who did
    /// them or the state left (tasks, escalations, migrations, reports and drafting stay internal).
    /// </summary>
    public static IReadOnlyList<CaseHistoryEntryDto> RedactHistory(IEnumerable<CaseHistoryEntryDto> history)
        => history.Where(h => h.Kind == "Transition" && h.To is { } to && UnitMilestones.Contains(to))
            .Select(h => h with { ActorName = null, From = null }).ToList();

    /// <summary>The conclusion is public: signed and published (the Publish step fired).</summary>
    public static bool ConclusionIsPublic(InspectionCase @case) => @case.IsConclusionPublished && @case.Conclusion.Date is not null;

    /// <summary>The evidence files the representative uploaded themselves (answers to document requests, reports).</summary>
    public static IEnumerable<EvidenceFile> OwnEvidence(InspectionCase @case, Guid? userId)
        => @case.Evidence.Where(e => userId is not null && e.UploadedBy == userId);

    /// <summary>The official documents addressed to the unit: decisions and the biên bản công bố always, the conclusion once published.</summary>
    public static bool MaySee(DocumentKind kind, InspectionCase @case) => kind switch
    {
        DocumentKind.InspectionDecision or DocumentKind.CheckDecision or DocumentKind.ExtensionDecision or DocumentKind.SuspensionDecision
            or DocumentKind.TeamChangeDecision => true,
        // The unit's representative signs the biên bản công bố.
        DocumentKind.AnnouncementMinutes => true,
        DocumentKind.InspectionConclusion or DocumentKind.CheckResultsNotice => ConclusionIsPublic(@case),
        _ => false,
    };
}
