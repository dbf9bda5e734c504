namespace InspectionSuite.Cases;

public sealed record ExternalTeamMemberDto(Guid Id, string Name, string Position, string Agency);
