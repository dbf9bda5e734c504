using System.Text.RegularExpressions;

namespace InspectionSuite.Web;

/// <summary>
/// Audit records in words for the reader: the record keeps its machine names (they are hash-chained and filtered on);
/// the page says "Cập nhật người dùng" for "AppUser.Updated" and "Đổi vai trò: Inspector → Leadership" for a role change.
/// </summary>
public static partial class AuditWords
{
    public static string Kind(InspectionSuiteLocalizer l, string kind) => Known(l, "AuditKind." + kind, kind);

    /// <summary>"{Entity}.{Change}" of an entity change in words; a request's "POST /path" stays as it is (a URL, not a word).</summary>
    public static string Action(InspectionSuiteLocalizer l, string action)
        => EntityChange().Match(action) is { Success: true } m
            ? Known(l, "AuditAction." + m.Groups[2].Value, action, l.EntityName(m.Groups[1].Value))
            : action;

    public static string? Summary(InspectionSuiteLocalizer l, string action, string? summary)
    {
        if (summary is null) return null;
        if (action.EndsWith(".RolesChanged", StringComparison.Ordinal) && summary.StartsWith(RolesPrefix, StringComparison.Ordinal))
            return l["AuditSummary.Roles", summary[RolesPrefix.Length..].Trim()];
        return EntityChange().IsMatch(action) ? ChangeSummary(l, summary) : summary;
    }

    /// <summary>
    /// An entity change's "Name: old → new; Other: value" (EntityChangeAuditor) with each property named in words
    /// ("AuditField.{Name}", one name per property whatever the entity), a masked value as "(đã thay đổi)" and a missing
    /// one as "—": the reader never sees a C# property name or "null".
    /// </summary>
    public static string ChangeSummary(InspectionSuiteLocalizer l, string summary)
    {
        var named = PropertyName().Replace(summary, m => FieldName(l, m.Groups[1].Value) + ": ");
        named = MaskedValue().Replace(named, l["AuditSummary.Changed"]);
        return NullValue().Replace(named, "—");
    }

    /// <summary>A property's name in words; one without a text yet is "another field", never its C# name.</summary>
    public static string FieldName(InspectionSuiteLocalizer l, string property) => Known(l, "AuditField." + property, l["AuditField.Other"]);

    /// <summary>A request's result: an HTTP status stays a number; "committed" (written with the command's change) in words.</summary>
    public static string Result(InspectionSuiteLocalizer l, string? result) => result is null ? "" : Known(l, "AuditResult." + result, result);

    private const string RolesPrefix = "Roles:";

    private static string Known(InspectionSuiteLocalizer l, string key, string fallback, params object?[] args)
        => l[key] == key ? fallback : l[key, args];

    [GeneratedRegex(@"^(\w+)\.(Created|Updated|Deleted|SoftDeleted|RolesChanged)$")]
    private static partial Regex EntityChange();

    // A property name where EntityChangeAuditor writes one: at the start or after "; ", followed by ": ".
    [GeneratedRegex(@"(?<=^|; )([A-Z][A-Za-z0-9]*): ")]
    private static partial Regex PropertyName();

    [GeneratedRegex(@"(?<=: )\(changed\)(?=$|; )")]
    private static partial Regex MaskedValue();

    [GeneratedRegex(@"(?<=: |→ )null(?=$|; | →)")]
    private static partial Regex NullValue();
}
