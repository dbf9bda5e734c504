namespace InspectionSuite.Home;

/// <summary>An administrator's home: the accounts and the audit chain's last seal.</summary>
public sealed record AdminHomeDto(int Users, int Locked, int WithoutEmail, long AuditRecords, long SealedRecords, DateTime? LastCheckpointUtc);
