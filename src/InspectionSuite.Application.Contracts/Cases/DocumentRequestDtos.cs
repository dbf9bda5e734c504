namespace InspectionSuite.Cases;

/// <summary>One uploaded file: the stream is read once, checked, hashed and stored under a generated name.</summary>
public sealed record FileUploadDto(string FileName, string ContentType, long Length, Stream Content);

public sealed record DocumentRequestAnswerDto(Guid Id, string? Note, Guid? AnsweredBy, DateTime AnsweredAtUtc, IReadOnlyList<EvidenceFileDto> Files);

public sealed record DocumentRequestDto(Guid Id, Guid CaseId, string Title, string? Description, Guid? RequestedBy, DateOnly RequestedOn, DateOnly? DueDate,
    DocumentRequestStatus Status, string? ReturnReason, DateOnly? AcceptedOn, bool IsOverdue, IReadOnlyList<DocumentRequestAnswerDto> Answers);

/// <summary>
/// The requests of a case, the stamp to send with the next change, and what the caller may do: ask, accept and return
/// (<see cref="CanManage"/>: a team member) or answer (<see cref="CanAnswer"/>: the representative of the case's unit).
/// </summary>
public sealed record DocumentRequestListDto(Guid CaseId, IReadOnlyList<DocumentRequestDto> Items, string ConcurrencyStamp, bool CanManage, bool CanAnswer);

public sealed record CreateDocumentRequestDto(string Title, string? Description, DateOnly? DueDate, string ConcurrencyStamp);
public sealed record AnswerDocumentRequestInput(string? Note, IReadOnlyList<FileUploadDto> Files, string ConcurrencyStamp);
public sealed record AcceptDocumentRequestDto(string ConcurrencyStamp);
public sealed record ReturnDocumentRequestDto(string Reason, string ConcurrencyStamp);

/// <summary>A case of the representative's unit with what the unit has to do on it.</summary>
public sealed record UnitCaseWorkDto(Guid CaseId, string Code, string Subject, string State, CaseKind Kind, int RequestsToAnswer, int OverdueRequests,
    DateOnly? NextRequestDue, int RecommendationsToReport, DateOnly? NextRecommendationDeadline);

public sealed record GetUnitCaseWorkInput : PagedAndSortedInput;

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
