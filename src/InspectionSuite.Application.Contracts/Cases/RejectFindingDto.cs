namespace InspectionSuite.Cases;

public sealed record RejectFindingDto(string ConcurrencyStamp);
