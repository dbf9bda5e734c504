namespace InspectionSuite.Planning;

public sealed record DrawPlanDto(string Seed, string ConcurrencyStamp);
