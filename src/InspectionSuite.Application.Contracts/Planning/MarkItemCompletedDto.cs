namespace InspectionSuite.Planning;

public sealed record MarkItemCompletedDto(string UnitCode, DateOnly CompletedOn, string ConcurrencyStamp);
