namespace InspectionSuite.Monitoring;

/// <summary>Sở Nội vụ's tracker of the units' implementation plans against the due date (seed IV.1, 10/05/2026).</summary>
public sealed record PlanTrackerDto(int Year, DateOnly DueOn, int UnitsTotal, int OnTime, int Late, int Missing, int NotYetDue, IReadOnlyList<UnitPlanRowDto> Units);
