namespace InspectionSuite.Planning;

/// <summary>
/// An inspection on Thanh tra tỉnh's list: the unit's register code, the subject, the legal basis or reason, planned
/// (theo kế hoạch, draft only) or đột xuất (also after approval: its case is created at once), and the month (1–12) or
/// quarter (1–4) of the plan year in which it is planned to start.
/// </summary>
public sealed record AddPlanListItemDto(string UnitCode, string Subject, string LegalBasis, PlanItemOrigin Origin, int? PlannedMonth, int? PlannedQuarter,
    string ConcurrencyStamp);
