namespace InspectionSuite.Cases;

public sealed record CaseHistoryEntryDto(int Sequence, DateTime OccurredAtUtc, string Kind, string? ActorName, string? From, string? To, string? Trigger);
