namespace InspectionSuite.Planning;

/// <param name="DepartmentCount">Units to add to the Department stratum; null = the projection's gap to the quota.</param>
/// <param name="LocalCount">Units to add to the Local stratum; null = the projection's gap to the quota.</param>
public sealed record TopUpPlanDto(string Seed, int? DepartmentCount, int? LocalCount, string? Note, string ConcurrencyStamp);
