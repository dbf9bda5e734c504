namespace InspectionSuite.Cases;

public sealed record DissentDto(Guid Id, Guid MemberId, string Text, DateOnly RecordedOn);
