namespace InspectionSuite.Cases;

/// <summary>What Sở Nội vụ's check adds to a case (noi-vu.check v2): unannounced or not, members from other agencies, the unit's self-assessment.</summary>
public sealed record CheckDto(Guid CaseId, bool IsUnannounced, IReadOnlyList<ExternalTeamMemberDto> ExternalMembers, DateOnly? SelfAssessedOn,
    IReadOnlyList<SelfAssessmentValueDto> SelfAssessment, IReadOnlyList<CheckOutcomeDto> Outcomes, string ConcurrencyStamp);

public sealed record ExternalTeamMemberDto(Guid Id, string Name, string Position, string Agency);

public sealed record SelfAssessmentValueDto(string CriterionCode, string? Value, string? Note);

/// <summary>A kiến nghị chấn chỉnh or kiến nghị xử lý trách nhiệm and what it answers.</summary>
public sealed record CheckOutcomeDto(Guid Id, SanctionType Type, string Text, string Responsible, DateOnly? Deadline, Guid? FindingId, string? CriterionCode, SanctionStatus Status);

public sealed record SetUnannouncedDto(bool IsUnannounced, string? ConcurrencyStamp);
public sealed record AddExternalMemberDto(string? Name, string? Position, string? Agency, string? ConcurrencyStamp);
public sealed record SubmitSelfAssessmentDto(IReadOnlyList<SelfAssessmentValueDto>? Values, string? ConcurrencyStamp);
public sealed record RecordCheckOutcomeDto(SanctionType Type, string? Text, string? Responsible, DateOnly? Deadline, Guid? FindingId, string? CriterionCode, string? ConcurrencyStamp);

/// <summary>One running v1 check moved (or, in a dry run, to be moved) to v2.</summary>
public sealed record CheckUpgradeDto(Guid CaseId, string CaseCode, string FromState, string ToState, bool Applied, IReadOnlyList<string> TasksCancelled, IReadOnlyList<string> TasksCreated);

public interface ICheckAppService
{
    Task<CheckDto> GetAsync(Guid caseId, CancellationToken ct = default);
    Task<CheckDto> SetUnannouncedAsync(Guid caseId, SetUnannouncedDto input, CancellationToken ct = default);
    Task<CheckDto> AddExternalMemberAsync(Guid caseId, AddExternalMemberDto input, CancellationToken ct = default);
    Task<CheckDto> RemoveExternalMemberAsync(Guid caseId, Guid memberId, string? concurrencyStamp, CancellationToken ct = default);
    Task<CheckDto> SubmitSelfAssessmentAsync(Guid caseId, SubmitSelfAssessmentDto input, CancellationToken ct = default);
    Task<CheckDto> RecordOutcomeAsync(Guid caseId, RecordCheckOutcomeDto input, CancellationToken ct = default);
}
