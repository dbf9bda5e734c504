namespace InspectionSuite.Cases;

public sealed record AddMinutesDto(string Title, DateOnly HeldOn, string Content, string ConcurrencyStamp);
