namespace InspectionSuite.Planning;

/// <summary>The month (1–12) or quarter (1–4) of the plan year in which a unit's work is planned to start; both null clears it.</summary>
public sealed record SchedulePlanItemDto(string UnitCode, int? PlannedMonth, int? PlannedQuarter, string ConcurrencyStamp);
