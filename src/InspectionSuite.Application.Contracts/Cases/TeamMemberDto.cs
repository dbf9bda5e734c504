namespace InspectionSuite.Cases;

public sealed record TeamMemberDto(Guid UserId, string UserName, string FullName, bool IsLeader);
