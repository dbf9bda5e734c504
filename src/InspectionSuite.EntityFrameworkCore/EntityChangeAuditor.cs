using System.Globalization;
using System.Text;
using InspectionSuite.Auditing;
using InspectionSuite.Identity;
using Microsoft.AspNetCore.DataProtection.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;

namespace InspectionSuite.EntityFrameworkCore;

/// <summary>Turns tracked entity changes into audit records ("Property: old → new").</summary>
internal static class EntityChangeAuditor
{
    // Secrets never reach the audit log; their change is recorded as "(changed)".
    private static readonly HashSet<string> MaskedProperties =
        [nameof(AppUser.PasswordHash), nameof(AppUser.SecurityStamp), "ConcurrencyStamp"];

    private static bool IsAudited(EntityEntry entry)
    {
        var type = entry.Metadata.ClrType;
        if (entry.Entity is AuditLogRecord or AuditCheckpoint or DataProtectionKey) return false;
        // The workflow runtime keeps its own append-only journal of every step.
        if (type.Namespace?.StartsWith("InspectionSuite.Workflows", StringComparison.Ordinal) == true) return false;
        // Identity's token/claim/login rows are bookkeeping; user and role rows themselves are audited.
        return !type.Name.StartsWith("Identity", StringComparison.Ordinal);
    }

    public static void AppendChangeRecords(InspectionSuiteDbContext context, DateTime now)
    {
        foreach (var entry in context.ChangeTracker.Entries().Where(e => e.State is EntityState.Added or EntityState.Modified or EntityState.Deleted).ToList())
        {
            if (!IsAudited(entry)) continue;
            var summary = Describe(entry);
            if (summary is null) continue;
            var action = entry.State switch
            {
                EntityState.Added => "Created",
                EntityState.Deleted => "Deleted",
                _ when entry.Properties.Any(p => p.Metadata.Name == "IsDeleted" && p.IsModified && p.CurrentValue is true) => "SoftDeleted",
                _ => "Updated",
            };
            context.AppendAudit(new AuditLogRecord(now, AuditRecordKind.EntityChange, context.CurrentUser.Id, context.CurrentUser.UserName,
                $"{entry.Metadata.ClrType.Name}.{action}", KeyOf(entry), summary, null, null, context.AuditClientIp, context.AuditCorrelationId));
        }
    }

    private static string? Describe(EntityEntry entry)
    {
        var sb = new StringBuilder();
        foreach (var p in entry.Properties)
        {
            if (p.Metadata.IsPrimaryKey() && entry.State != EntityState.Added) continue;
            if (entry.State == EntityState.Modified && !p.IsModified) continue;
            if (entry.State == EntityState.Modified && Equals(p.OriginalValue, p.CurrentValue)) continue;
            if (p.Metadata.Name is "LastModificationTime" or "LastModifierId") continue;
            if (sb.Length > 0) sb.Append("; ");
            sb.Append(p.Metadata.Name).Append(": ");
            if (MaskedProperties.Contains(p.Metadata.Name)) { sb.Append("(changed)"); continue; }
            switch (entry.State)
            {
                case EntityState.Added: sb.Append(Format(p.CurrentValue)); break;
                case EntityState.Deleted: sb.Append(Format(p.OriginalValue)).Append(" → ∅"); break;
                default: sb.Append(Format(p.OriginalValue)).Append(" → ").Append(Format(p.CurrentValue)); break;
            }
        }
        return sb.Length == 0 ? null : sb.ToString();
    }

    private static string KeyOf(EntityEntry entry)
        => string.Join(",", entry.Metadata.FindPrimaryKey()?.Properties.Select(k => Format(entry.Property(k.Name).CurrentValue)) ?? []);

    private static string Format(object? value) => value switch
    {
        null => "null",
        DateTime d => d.ToString("O", CultureInfo.InvariantCulture),
        IFormattable f => f.ToString(null, CultureInfo.InvariantCulture),
        _ => value.ToString() ?? "",
    };
}
