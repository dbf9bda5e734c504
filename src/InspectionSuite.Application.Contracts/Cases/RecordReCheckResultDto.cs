namespace InspectionSuite.Cases;

/// <summary><see cref="Note"/> is required when the outcome is NotDone; <see cref="VerifiedRecoveredVnd"/> replaces the amount the unit reported.</summary>
public sealed record RecordReCheckResultDto(Guid SanctionId, ReCheckOutcome Outcome, decimal? VerifiedRecoveredVnd, string? Note, string ConcurrencyStamp);
