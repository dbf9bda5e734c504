namespace InspectionSuite.Planning;

public sealed record PlanCommandDto(string ConcurrencyStamp);
