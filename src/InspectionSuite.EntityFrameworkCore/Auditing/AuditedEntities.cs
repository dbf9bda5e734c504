using Microsoft.AspNetCore.DataProtection.EntityFrameworkCore;

namespace InspectionSuite.EntityFrameworkCore;

/// <summary>Which entity types the audit log records changes of (the audit page names each of their properties in words).</summary>
public static class AuditedEntities
{
    public static bool IsAudited(Type type)
    {
        if (type == typeof(AuditLogRecord) || type == typeof(AuditCheckpoint) || type == typeof(DataProtectionKey)) return false;
        // The workflow runtime keeps its own append-only journal of every step.
        if (type.Namespace?.StartsWith("InspectionSuite.Workflows", StringComparison.Ordinal) == true) return false;
        // Identity's token/claim/login rows are bookkeeping; user and role rows themselves are audited.
        return !type.Name.StartsWith("Identity", StringComparison.Ordinal);
    }

    /// <summary>Properties never written to a change summary (version tokens).</summary>
    public static bool IsSkipped(string property) => property is "LastModificationTime" or "LastModifierId" or "ConcurrencyStamp";
}
