namespace InspectionSuite.Auditing;

/// <summary>Request facts (client address, correlation id) stamped on the entity-change records of one scope.</summary>
public interface IAuditContext
{
    void Set(string? clientIp, string? correlationId);
}
