using InspectionSuite.Documents;

namespace InspectionSuite.Cases;

/// <summary>
/// Everything the case page shows, read in one call (<see cref="ICaseAppService.GetWorkspaceAsync"/>): the case loaded and
/// checked visible once, its parts as the caller may read them (a unit representative gets the unit's view), and what the
/// caller may do, decided once here instead of by each section of the page.
/// </summary>
public sealed record CaseWorkspaceDto(
    CaseDto Case,
    IReadOnlyList<CaseTriggerDto> Triggers,
    IReadOnlyList<CaseHistoryEntryDto> History,
    string Diagram,
    IReadOnlyList<ChecklistItemDto> Checklist,
    IReadOnlyList<EvidenceFileDto> Evidence,
    IReadOnlyList<FindingDto> Findings,
    IReadOnlyList<CaseDocumentAvailabilityDto> Documents,
    DocumentRequestListDto DocumentRequests,
    FollowUpDto? FollowUp,
    CaseWorkspaceAbilities May)
{
    /// <summary>A check's own parts (Sở Nội vụ's check: external members, self-assessment, outcomes); null for an inspection.</summary>
    public CheckDto? Check { get; init; }
}
