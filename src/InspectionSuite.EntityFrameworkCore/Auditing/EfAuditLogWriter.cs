namespace InspectionSuite.EntityFrameworkCore;

public sealed class EfAuditLogWriter(InspectionSuiteDbContext db) : Auditing.IAuditLogWriter, Auditing.IAuditContext, Auditing.IRequestAudit
{
    public void RecordWithCommit(Func<Auditing.AuditLogRecord> describe) => db.RequestAudit = new PendingRequestAudit(describe);

    public bool Committed => db.RequestAudit?.Committed == true;

    public void Append(Auditing.AuditLogRecord record) => db.AppendAudit(record);

    public void Set(string? clientIp, string? correlationId)
    {
        db.AuditClientIp = clientIp;
        db.AuditCorrelationId = correlationId;
    }
}
