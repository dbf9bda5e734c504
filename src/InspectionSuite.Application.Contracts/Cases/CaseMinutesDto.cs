namespace InspectionSuite.Cases;

public sealed record CaseMinutesDto(Guid Id, string Title, DateOnly HeldOn, string Content);
