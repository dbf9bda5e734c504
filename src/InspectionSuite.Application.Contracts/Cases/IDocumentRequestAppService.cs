namespace InspectionSuite.Cases;

public interface IDocumentRequestAppService
{
    Task<DocumentRequestListDto> GetListAsync(Guid caseId, CancellationToken ct = default);
    /// <summary>A team member of the case asks the unit for documents.</summary>
    Task<DocumentRequestDto> CreateAsync(Guid caseId, CreateDocumentRequestDto input, CancellationToken ct = default);
    /// <summary>The representative of the case's unit answers with a note and/or files (all stored, or none).</summary>
    Task<DocumentRequestDto> AnswerAsync(Guid caseId, Guid requestId, AnswerDocumentRequestInput input, CancellationToken ct = default);
    Task<DocumentRequestDto> AcceptAsync(Guid caseId, Guid requestId, AcceptDocumentRequestDto input, CancellationToken ct = default);
    /// <summary>Sends the answer back to the unit with a reason; the unit answers again.</summary>
    Task<DocumentRequestDto> ReturnAsync(Guid caseId, Guid requestId, ReturnDocumentRequestDto input, CancellationToken ct = default);
    /// <summary>"My unit": the representative's cases with requests to answer or recommendations to report on, most urgent first.</summary>
    Task<PagedResultDto<UnitCaseWorkDto>> GetUnitWorkAsync(GetUnitCaseWorkInput input, CancellationToken ct = default);
}
