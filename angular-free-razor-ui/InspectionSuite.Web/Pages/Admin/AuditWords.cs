using System.Text.RegularExpressions;
using InspectionSuite.Localization;

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
        => summary is not null && action.EndsWith(".RolesChanged", StringComparison.Ordinal) && summary.StartsWith(RolesPrefix, StringComparison.Ordinal)
            ? l["AuditSummary.Roles", summary[RolesPrefix.Length..].Trim()]
            : summary;

    /// <summary>A request's result: an HTTP status stays a number; "committed" (written with the command's change) in words.</summary>
    public static string Result(InspectionSuiteLocalizer l, string? result) => result is null ? "" : Known(l, "AuditResult." + result, result);

    private const string RolesPrefix = "Roles:";

    private static string Known(InspectionSuiteLocalizer l, string key, string fallback, params object?[] args)
        => l[key] == key ? fallback : l[key, args];

    [GeneratedRegex(@"^(\w+)\.(Created|Updated|Deleted|SoftDeleted|RolesChanged)$")]
    private static partial Regex EntityChange();
}
