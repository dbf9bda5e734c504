namespace InspectionSuite.Cases;

public interface IChecklistAppService
{
    /// <summary>The plan's criteria (Kế hoạch 534) in the current UI language.</summary>
    IReadOnlyList<CheckCriterionDto> GetCatalogue();
    Task<IReadOnlyList<ChecklistItemDto>> GetListAsync(Guid caseId, CancellationToken ct = default);
    Task<IReadOnlyList<ChecklistItemDto>> AddCatalogueCriteriaAsync(Guid caseId, AddCatalogueCriteriaDto input, CancellationToken ct = default);
    Task<ChecklistItemDto> AddItemAsync(Guid caseId, AddChecklistItemDto input, CancellationToken ct = default);
    Task<ChecklistResultDto> RecordResultAsync(Guid caseId, Guid itemId, RecordChecklistResultDto input, CancellationToken ct = default);
}
