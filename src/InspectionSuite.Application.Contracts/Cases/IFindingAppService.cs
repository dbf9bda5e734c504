namespace InspectionSuite.Cases;

public interface IFindingAppService
{
    Task<IReadOnlyList<FindingDto>> GetListAsync(Guid caseId, CancellationToken ct = default);
    Task<FindingDto> RecordAsync(Guid caseId, RecordFindingDto input, CancellationToken ct = default);
    /// <summary>Confirms a proposed finding (e.g. from a criterion not met), possibly with corrected details.</summary>
    Task<FindingDto> ConfirmAsync(Guid caseId, Guid findingId, ConfirmFindingDto input, CancellationToken ct = default);
    Task<FindingDto> RejectAsync(Guid caseId, Guid findingId, RejectFindingDto input, CancellationToken ct = default);
}
