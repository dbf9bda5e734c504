namespace InspectionSuite.Cases;

/// <summary>A plan item a case may be opened from: its plan (authority, year, status) and unit; the subject of a hand-listed item.</summary>
public sealed record OpenablePlanItemDto(Guid PlanItemId, AuthorityCode Authority, int Year, Planning.PlanStatus PlanStatus, string UnitCode, string UnitName, string? Subject);
