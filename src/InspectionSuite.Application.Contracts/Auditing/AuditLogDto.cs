namespace InspectionSuite.Auditing;

public sealed record AuditLogDto(long Sequence, DateTime TimeUtc, string Kind, string? UserName, string Action,
    string? Target, string? Summary, string? Result, long? DurationMs, string? ClientIp, string? CorrelationId);
