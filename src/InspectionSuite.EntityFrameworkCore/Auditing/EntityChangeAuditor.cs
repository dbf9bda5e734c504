using System.Globalization;
using System.Text;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore.Metadata;

namespace InspectionSuite.EntityFrameworkCore;

/// <summary>Turns tracked entity changes into audit records ("Property: old → new"; a user's roles as "Roles: old → new").</summary>
internal static class EntityChangeAuditor
{
    // Secrets never reach the audit log; their change is recorded as "(changed)".
    private static readonly HashSet<string> MaskedProperties = [nameof(AppUser.PasswordHash), nameof(AppUser.SecurityStamp)];

    private static bool IsAudited(EntityEntry entry) => AuditedEntities.IsAudited(entry.Metadata.ClrType);

    public static async Task AppendChangeRecordsAsync(InspectionSuiteDbContext context, DateTime now, CancellationToken ct)
    {
        await AppendRoleChangesAsync(context, now, ct);
        foreach (var entry in context.ChangeTracker.Entries().Where(e => e.State is EntityState.Added or EntityState.Modified or EntityState.Deleted).ToList())
        {
            if (!IsAudited(entry) || entry.Metadata.IsOwned()) continue; // described with its owner
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
        AppendChanges(sb, entry, entry.Properties, p => p.Name);
        // Value objects (a case's decision, conclusion, …) share the owner's row: their changes read as the owner's, under
        // their column names (ConclusionNumber, as when they were flat fields), in the owner's one record. Most are complex
        // properties of the owner's entry; the conclusion is an owned entity of its own (InspectionCaseConfiguration).
        AppendComplexChanges(sb, entry, entry.ComplexProperties);
        foreach (var owned in entry.References)
            if (owned.Metadata is INavigation { ForeignKey.IsOwnership: true } && owned.TargetEntry is { } part)
            {
                AppendChanges(sb, part, part.Properties, p => p.GetColumnName());
                AppendComplexChanges(sb, part, part.ComplexProperties);
            }
        return sb.Length == 0 ? null : sb.ToString();
    }

    private static void AppendComplexChanges(StringBuilder sb, EntityEntry entry, IEnumerable<ComplexPropertyEntry> complexProperties)
    {
        foreach (var complex in complexProperties)
        {
            AppendChanges(sb, entry, complex.Properties, p => p.GetColumnName());
            AppendComplexChanges(sb, entry, complex.ComplexProperties);
        }
    }

    /// <summary>The changes of <paramref name="properties"/>, which belong to <paramref name="entry"/> (its own, or a complex property's).</summary>
    private static void AppendChanges(StringBuilder sb, EntityEntry entry, IEnumerable<PropertyEntry> properties, Func<IProperty, string?> nameOf)
    {
        foreach (var p in properties)
        {
            if (p.Metadata.IsPrimaryKey() && (entry.State != EntityState.Added || entry.Metadata.IsOwned())) continue;
            if (entry.State == EntityState.Modified && !p.IsModified) continue;
            if (entry.State == EntityState.Modified && Equals(p.OriginalValue, p.CurrentValue)) continue;
            if (entry.State == EntityState.Unchanged) continue;
            if (AuditedEntities.IsSkipped(p.Metadata.Name)) continue; // a version token says nothing to a reader
            if (sb.Length > 0) sb.Append("; ");
            sb.Append(nameOf(p.Metadata)).Append(": ");
            if (MaskedProperties.Contains(p.Metadata.Name)) { sb.Append("(changed)"); continue; }
            switch (entry.State)
            {
                case EntityState.Added: sb.Append(Format(p.CurrentValue)); break;
                case EntityState.Deleted: sb.Append(Format(p.OriginalValue)).Append(" → ∅"); break;
                default: sb.Append(Format(p.OriginalValue)).Append(" → ").Append(Format(p.CurrentValue)); break;
            }
        }
    }

    /// <summary>
    /// Membership rows (Identity's, not audited themselves) become one record per user: "Roles: Inspector → Leadership",
    /// the roles before this save (read from the database) and after it.
    /// </summary>
    private static async Task AppendRoleChangesAsync(InspectionSuiteDbContext context, DateTime now, CancellationToken ct)
    {
        var changes = context.ChangeTracker.Entries<IdentityUserRole<Guid>>()
            .Where(e => e.State is EntityState.Added or EntityState.Deleted)
            .Select(e => (e.Entity.UserId, e.Entity.RoleId, Added: e.State == EntityState.Added))
            .ToList();
        if (changes.Count == 0) return;
        var userIds = changes.Select(c => c.UserId).Distinct().ToList();
        var before = await context.UserRoles.AsNoTracking().Where(ur => userIds.Contains(ur.UserId)).Select(ur => new { ur.UserId, ur.RoleId }).ToListAsync(ct);
        var roleIds = changes.Select(c => c.RoleId).Concat(before.Select(b => b.RoleId)).Distinct().ToList();
        var names = await context.Roles.AsNoTracking().Where(r => roleIds.Contains(r.Id)).ToDictionaryAsync(r => r.Id, r => r.Name ?? r.Id.ToString(), ct);
        foreach (var userId in userIds)
        {
            var old = before.Where(b => b.UserId == userId).Select(b => b.RoleId).ToHashSet();
            var @new = old.ToHashSet();
            foreach (var c in changes.Where(c => c.UserId == userId))
                if (c.Added) @new.Add(c.RoleId); else @new.Remove(c.RoleId);
            if (old.SetEquals(@new)) continue;
            context.AppendAudit(new AuditLogRecord(now, AuditRecordKind.EntityChange, context.CurrentUser.Id, context.CurrentUser.UserName,
                $"{nameof(AppUser)}.RolesChanged", Format(userId), $"Roles: {RoleList(old, names)} → {RoleList(@new, names)}", null, null, context.AuditClientIp, context.AuditCorrelationId));
        }
    }

    private static string RoleList(IEnumerable<Guid> ids, IReadOnlyDictionary<Guid, string> names)
        => ids.Select(id => names.GetValueOrDefault(id, id.ToString())).Order(StringComparer.Ordinal).ToList() is { Count: > 0 } list ? string.Join(", ", list) : "∅";

    private static string KeyOf(EntityEntry entry)
        => string.Join(",", entry.Metadata.FindPrimaryKey()?.Properties.Select(k => Format(entry.Property(k.Name).CurrentValue)) ?? []);

    private static string Format(object? value) => value switch
    {
        null => "null",
        DateTime d => d.ToString("O", CultureInfo.InvariantCulture),
        DateTimeOffset d => d.ToString("O", CultureInfo.InvariantCulture),
        // Day first as every date people read here (the invariant culture would write 06/12/2026 for 12 June).
        DateOnly d => d.ToString("dd/MM/yyyy", CultureInfo.InvariantCulture),
        // A stored file (an issued document) is summarised: its hash is a property of its own.
        byte[] b => $"({b.Length} bytes)",
        IFormattable f => f.ToString(null, CultureInfo.InvariantCulture),
        _ => value.ToString() ?? "",
    };
}
