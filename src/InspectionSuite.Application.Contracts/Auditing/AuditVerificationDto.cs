namespace InspectionSuite.Auditing;

/// <summary>The chain walked and checked against its checkpoints (<see cref="CheckpointsChecked"/>, which detect deleted newest records).</summary>
public sealed record AuditVerificationDto(bool IsIntact, long RecordsChecked, long? BrokenAtSequence, string? Reason, int CheckpointsChecked);
