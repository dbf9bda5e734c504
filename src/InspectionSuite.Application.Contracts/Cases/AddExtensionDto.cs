namespace InspectionSuite.Cases;

public sealed record AddExtensionDto(string DecisionNumber, int Days, string Grounds, DateOnly DecidedOn, string ConcurrencyStamp);
