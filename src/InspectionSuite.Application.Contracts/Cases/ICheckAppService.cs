namespace InspectionSuite.Cases;

public interface ICheckAppService
{
    Task<CheckDto> GetAsync(Guid caseId, CancellationToken ct = default);
    Task<CheckDto> SetUnannouncedAsync(Guid caseId, SetUnannouncedDto input, CancellationToken ct = default);
    Task<CheckDto> AddExternalMemberAsync(Guid caseId, AddExternalMemberDto input, CancellationToken ct = default);
    Task<CheckDto> RemoveExternalMemberAsync(Guid caseId, Guid memberId, string? concurrencyStamp, CancellationToken ct = default);
    Task<CheckDto> SubmitSelfAssessmentAsync(Guid caseId, SubmitSelfAssessmentDto input, CancellationToken ct = default);
    Task<CheckDto> RecordOutcomeAsync(Guid caseId, RecordCheckOutcomeDto input, CancellationToken ct = default);
}
