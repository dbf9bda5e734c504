namespace InspectionSuite.Cases;

/// <summary>A team member's user name and full name, as a case shows them.</summary>
public sealed record CasePerson(Guid Id, string UserName, string FullName);
