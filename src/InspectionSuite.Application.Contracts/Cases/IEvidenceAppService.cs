namespace InspectionSuite.Cases;

public interface IEvidenceAppService
{
    Task<IReadOnlyList<EvidenceFileDto>> GetListAsync(Guid caseId, CancellationToken ct = default);
    Task<EvidenceFileDto> UploadAsync(Guid caseId, UploadEvidenceInput input, CancellationToken ct = default);
    Task<EvidenceContent> OpenAsync(Guid caseId, Guid evidenceId, CancellationToken ct = default);
}
