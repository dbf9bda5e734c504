namespace InspectionSuite.Organization;

public sealed record AuthorityDto(Guid Id, AuthorityCode Code, string Name);
