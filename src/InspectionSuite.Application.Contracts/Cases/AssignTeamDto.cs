namespace InspectionSuite.Cases;

public sealed record AssignTeamDto(Guid LeaderId, IReadOnlyList<Guid> MemberIds, string ConcurrencyStamp);
