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
    public partial ImplementationReportDto ToDto(ImplementationReport source);

    public SanctionDto ToDto(Sanction s, DateOnly today)
        => new(s.Id, s.Type, s.Target, s.AmountVnd, s.Deadline, s.Responsible, s.Status, s.AmountRecoveredVnd, s.CarryOverReason, s.IsOverdue(today));
}
