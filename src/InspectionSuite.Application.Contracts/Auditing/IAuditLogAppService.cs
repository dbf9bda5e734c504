namespace InspectionSuite.Auditing;

public interface IAuditLogAppService
{
    Task<PagedResultDto<AuditLogDto>> GetListAsync(GetAuditLogInput input, CancellationToken ct = default);
    Task<AuditVerificationDto> VerifyAsync(CancellationToken ct = default);
}
