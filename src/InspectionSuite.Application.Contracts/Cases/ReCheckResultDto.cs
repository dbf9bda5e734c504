namespace InspectionSuite.Cases;

public sealed record ReCheckResultDto(Guid Id, Guid SanctionId, ReCheckOutcome Outcome, decimal? VerifiedRecoveredVnd, string? Note, DateOnly RecordedOn, Guid? RecordedBy);
