namespace InspectionSuite.Auditing;

/// <summary>Appends records to the hash chain; they are chained and written by the next unit-of-work save.</summary>
public interface IAuditLogWriter
{
    void Append(AuditLogRecord record);
}
