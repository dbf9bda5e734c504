namespace InspectionSuite.Auditing;

/// <summary>The outcome of walking the chain and checking it against its checkpoints.</summary>
public sealed record AuditVerification(bool IsIntact, long RecordsChecked, long? BrokenAtSequence, string? Reason, int CheckpointsChecked = 0);
