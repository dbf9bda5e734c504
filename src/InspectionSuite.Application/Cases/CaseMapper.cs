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
