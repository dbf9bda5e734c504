namespace InspectionSuite.Cases;

public sealed record CaseExtensionDto(Guid Id, string DecisionNumber, int Days, string Grounds, DateOnly DecidedOn);
