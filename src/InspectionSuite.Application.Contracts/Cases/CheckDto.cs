namespace InspectionSuite.Cases;

/// <summary>What Sở Nội vụ's check adds to a case (noi-vu.check v2): unannounced or not, members from other agencies, the unit's self-assessment.</summary>
public sealed record CheckDto(Guid CaseId, bool IsUnannounced, IReadOnlyList<ExternalTeamMemberDto> ExternalMembers, DateOnly? SelfAssessedOn,
    IReadOnlyList<SelfAssessmentValueDto> SelfAssessment, IReadOnlyList<CheckOutcomeDto> Outcomes, string ConcurrencyStamp);
