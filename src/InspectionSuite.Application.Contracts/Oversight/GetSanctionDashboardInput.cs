namespace InspectionSuite.Oversight;

// ---------------------------------------------------------------- leadership: sanction outcomes

/// <summary>Figures of one year (by the conclusion date of the case), optionally one authority.</summary>
public sealed record GetSanctionDashboardInput(int Year, AuthorityCode? Authority = null);
