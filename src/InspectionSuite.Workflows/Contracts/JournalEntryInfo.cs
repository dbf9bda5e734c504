namespace InspectionSuite.Workflows.Contracts;

/// <summary>A journal line (payload summary only; the full payload stays in its own column).</summary>
public sealed record JournalEntryInfo(int Sequence, DateTime OccurredAtUtc, string Kind, string ActorId, string? ActorName, string? From, string? To, string? Trigger, string? PayloadSummary, double DurationMs);
