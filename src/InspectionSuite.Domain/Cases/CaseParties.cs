namespace InspectionSuite.Cases;

/// <summary>Who a case concerns besides its own row: its unit (also a unit since deleted) and its team's members by user id.</summary>
public sealed record CaseParties(Unit? Unit, IReadOnlyDictionary<Guid, CasePerson> People);
