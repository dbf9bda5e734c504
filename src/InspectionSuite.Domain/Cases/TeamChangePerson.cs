namespace InspectionSuite.Cases;

/// <summary>A person a team change names: the user and their full name on the day of the change.</summary>
public sealed record TeamChangePerson(Guid UserId, string Name);
