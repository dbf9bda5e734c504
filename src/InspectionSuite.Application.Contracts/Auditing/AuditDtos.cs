namespace InspectionSuite.Auditing;

public sealed record AuditLogDto(long Sequence, DateTime TimeUtc, string Kind, string? UserName, string Action,
    string? Target, string? Summary, string? Result, long? DurationMs, string? ClientIp, string? CorrelationId);

public sealed record GetAuditLogInput : PagedAndSortedInput
{
    public string? UserName { get; init; }
    public string? Kind { get; init; }
    public string? Action { get; init; }
    public DateTime? FromUtc { get; init; }
    public DateTime? ToUtc { get; init; }
}

/// <summary>The chain walked and checked against its checkpoints (<see cref="CheckpointsChecked"/>, which detect deleted newest records).</summary>
public sealed record AuditVerificationDto(bool IsIntact, long RecordsChecked, long? BrokenAtSequence, string? Reason, int CheckpointsChecked);

public interface IAuditLogAppService
{
    Task<PagedResultDto<AuditLogDto>> GetListAsync(GetAuditLogInput input, CancellationToken ct = default);
    Task<AuditVerificationDto> VerifyAsync(CancellationToken ct = default);
}
