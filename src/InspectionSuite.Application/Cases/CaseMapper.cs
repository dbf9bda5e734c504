using Riok.Mapperly.Abstractions;

namespace InspectionSuite.Cases;

/// <summary>Entity → DTO mappings of the case parts (source-generated). Only target members must be mapped.</summary>
[Mapper(RequiredMappingStrategy = RequiredMappingStrategy.Target)]
public sealed partial class CaseMapper
{
    public partial CaseExtensionDto ToDto(CaseExtension source);
    public partial CaseSuspensionDto ToDto(CaseSuspension source);
    public partial CaseMinutesDto ToDto(CaseMinutes source);
    public partial DiaryEntryDto ToDto(DiaryEntry source);
    public partial DissentDto ToDto(Dissent source);
    public partial ChecklistItemDto ToDto(ChecklistItem source);
    public partial EvidenceFileDto ToDto(EvidenceFile source);
    public partial FindingDto ToDto(Finding source);

    /// <summary>
    /// The case's own values, its owned value objects as nested records; what the case row does not hold comes as parameters
    /// (unit, team with names, workflow version, deadlines) or is added by the app service (the ignored targets).
    /// </summary>
    [MapProperty(nameof(InspectionCase.Minutes), nameof(CaseDto.Minutes), Use = nameof(MinutesByDay))]
    [MapProperty(nameof(InspectionCase.Diary), nameof(CaseDto.Diary), Use = nameof(DiaryByDay))]
    [MapProperty(nameof(InspectionCase.Explanations), nameof(CaseDto.Explanations), Use = nameof(ExplanationsByDay))]
    [MapProperty(nameof(InspectionCase.TeamChanges), nameof(CaseDto.TeamChanges), Use = nameof(TeamChangesByDay))]
    [MapProperty([nameof(InspectionCase.Checklist), nameof(IReadOnlyList<ChecklistItem>.Count)], nameof(CaseDto.ChecklistCount))]
    [MapProperty([nameof(InspectionCase.Evidence), nameof(IReadOnlyList<EvidenceFile>.Count)], nameof(CaseDto.EvidenceCount))]
    [MapProperty([nameof(InspectionCase.Findings), nameof(IReadOnlyList<Finding>.Count)], nameof(CaseDto.FindingCount))]
    [MapperIgnoreTarget(nameof(CaseDto.SanctionCount))]
    [MapperIgnoreTarget(nameof(CaseDto.Plan))]
    [MapperIgnoreTarget(nameof(CaseDto.ReCheckInspectorOnly))]
    [MapperIgnoreTarget(nameof(CaseDto.LegalCitations))]
    [MapperIgnoreTarget(nameof(CaseDto.MemberReports))]
    [MapperIgnoreTarget(nameof(CaseDto.RecommendationLetter))]
    [MapperIgnoreTarget(nameof(CaseDto.Direction))]
    [MapProperty(nameof(InspectionCase.PendingExtension), nameof(CaseDto.PendingExtensionRequest), Use = nameof(PendingRequest))]
    public partial CaseDto ToDto(InspectionCase source, string unitCode, string unitName, IReadOnlyList<TeamMemberDto> team, int workflowVersion,
        CaseDeadlinesDto deadlines);

    public partial CaseDecisionDto ToDto(CaseDecision source);
    public partial ResultsReportDto ToDto(ResultsReport source);
    public partial DraftConclusionDto ToDto(DraftConclusion source);
    public partial AppraisalDto ToDto(Appraisal source);
    public partial ConclusionDto ToDto(Conclusion source);
    public partial PublicationDto ToDto(Publication source);
    public partial UnitExplanationDto ToDto(UnitExplanation source);
    public partial AccountableHeadDto ToDto(AccountableHead source);
    public partial AccountabilityOutcomeDto ToDto(AccountabilityOutcome source);

    /// <summary>The team's extension request, read from the case itself (no journal, no task query).</summary>
    private static ExtensionRequestDto? PendingRequest(ExtensionRequest request)
        => request is { IsPending: true, RequestedAt: { } at } ? new ExtensionRequestDto(request.Days, request.Reason ?? "", request.RequestedBy, at) : null;

    private IReadOnlyList<CaseMinutesDto> MinutesByDay(IReadOnlyList<CaseMinutes> minutes) => minutes.OrderBy(m => m.HeldOn).Select(ToDto).ToList();
    public partial TeamChangeDto ToDto(TeamChange source);
    private IReadOnlyList<TeamChangeDto> TeamChangesByDay(IReadOnlyList<TeamChange> changes) => changes.OrderBy(t => t.ChangedOn).Select(ToDto).ToList();
    private IReadOnlyList<DiaryEntryDto> DiaryByDay(IReadOnlyList<DiaryEntry> diary) => diary.OrderBy(d => d.Date).Select(ToDto).ToList();
    private IReadOnlyList<UnitExplanationDto> ExplanationsByDay(IReadOnlyList<UnitExplanation> explanations)
        => explanations.OrderBy(e => e.ReceivedOn).Select(ToDto).ToList();

    /// <summary>A row of the case list (its plan link is added by the app service).</summary>
    [MapperIgnoreTarget(nameof(CaseListItemDto.Plan))]
    public partial CaseListItemDto ToListItem(CaseListRow source);

    public SanctionDto ToDto(Sanction s, DateOnly today)
        => new(s.Id, s.Type, s.Target, s.AmountVnd, s.Deadline, s.Responsible, s.Status, s.AmountRecoveredVnd, s.CarryOverReason, s.IsOverdue(today));

    /// <summary>A report with the evidence files linked to it.</summary>
    public ImplementationReportDto ToDto(ImplementationReport r, IEnumerable<EvidenceFile> evidence)
        => new(r.Id, r.SanctionId, r.Status, r.AmountRecoveredVnd, r.Note, r.ReportedOn, r.ReporterId,
            evidence.Where(e => e.ImplementationReportId == r.Id).OrderBy(e => e.UploadedAtUtc).Select(ToDto).ToList(), r.Review, r.RejectionReason, r.ReviewedOn);

    /// <summary>A request with its answers, each with the evidence files linked to it.</summary>
    public DocumentRequestDto ToDto(DocumentRequest r, IEnumerable<EvidenceFile> evidence, DateOnly today)
        => new(r.Id, r.CaseId, r.Title, r.Description, r.RequestedBy, r.RequestedOn, r.DueDate, r.Status, r.ReturnReason, r.AcceptedOn, r.IsOverdue(today),
            r.Answers.OrderBy(a => a.AnsweredAtUtc).Select(a => new DocumentRequestAnswerDto(a.Id, a.Note, a.AnsweredBy, a.AnsweredAtUtc,
                evidence.Where(e => e.DocumentRequestAnswerId == a.Id).OrderBy(e => e.UploadedAtUtc).Select(ToDto).ToList())).ToList());
}
