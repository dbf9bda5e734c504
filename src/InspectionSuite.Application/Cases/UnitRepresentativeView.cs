using InspectionSuite.Application.Documents;

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
            ResultsReportNumber = published ? dto.ResultsReportNumber : null,
            ResultsReportDate = published ? dto.ResultsReportDate : null,
            ResultsReportText = published ? dto.ResultsReportText : null,
            DraftConclusionDate = null,
            DraftConclusionText = null,
            Dissents = [],
            AppraisedOn = null,
            AppraisalBy = null,
            AppraisalOpinion = null,
            ConclusionNumber = published ? dto.ConclusionNumber : null,
            ConclusionDate = published ? dto.ConclusionDate : null,
            ConclusionSigner = published ? dto.ConclusionSigner : null,
            ConclusionText = published ? dto.ConclusionText : null,
            ChecklistCount = 0,
            FindingCount = 0,
            EvidenceCount = OwnEvidence(@case, userId).Count(),
        };
    }

    /// <summary>The conclusion is public: signed and published (the Publish step fired).</summary>
    public static bool ConclusionIsPublic(InspectionCase @case) => @case.IsConclusionPublished && @case.Conclusion.Date is not null;

    /// <summary>The evidence files the representative uploaded themselves (answers to document requests, reports).</summary>
    public static IEnumerable<EvidenceFile> OwnEvidence(InspectionCase @case, Guid? userId)
        => @case.Evidence.Where(e => userId is not null && e.UploadedBy == userId);

    /// <summary>The official documents addressed to the unit: decisions always, the conclusion once published.</summary>
    public static bool MaySee(DocumentKind kind, InspectionCase @case) => kind switch
    {
        DocumentKind.InspectionDecision or DocumentKind.CheckDecision or DocumentKind.ExtensionDecision or DocumentKind.SuspensionDecision => true,
        DocumentKind.InspectionConclusion or DocumentKind.CheckResultsNotice => ConclusionIsPublic(@case),
        _ => false,
    };
}
