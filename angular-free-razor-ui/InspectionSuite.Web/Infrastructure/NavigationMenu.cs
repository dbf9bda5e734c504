using InspectionSuite.Permissions;

namespace InspectionSuite.Web;

/// <summary>Main menu entries; each shows only to users granted its permission.</summary>
public static class NavigationMenu
{
    /// <summary>
    /// An entry; entries with a <paramref name="GroupKey"/> render together under one dropdown (keeps the bar on one line at 1366 px).
    /// <paramref name="ForUnitRepresentatives"/> entries also need a user linked to a unit: an admin holds every permission but has no unit.
    /// </summary>
    public sealed record Item(string Path, string TextKey, string Icon, string Permission, string? GroupKey = null, bool ForUnitRepresentatives = false);

    public const string AdminGroup = "Ov.Nav.AdminGroup";

    public static readonly List<Item> Items =
    [
        new("/", "Nav.Home", "bi-house", InspectionSuitePermissions.Dashboard.Default),
        new("/Inbox", "Nav.Inbox", "bi-inbox", InspectionSuitePermissions.Tasks.Default),
        new("/MyUnit", "Nav.MyUnit", "bi-building-check", InspectionSuitePermissions.Cases.AnswerDocumentRequests, ForUnitRepresentatives: true),
        new("/Cases", "Nav.Cases", "bi-folder2-open", InspectionSuitePermissions.Cases.Default),
        new("/Planning", "Nav.Planning", "bi-calendar-check", InspectionSuitePermissions.Planning.Default),
        new("/Admin/Units", "Nav.Units", "bi-buildings", InspectionSuitePermissions.Units.Default),
        new("/Supervision/Assign", "Ov.Nav.Assign", "bi-people", InspectionSuitePermissions.Cases.Assign),
        new("/Supervision/Overdue", "Ov.Nav.Overdue", "bi-alarm", InspectionSuitePermissions.Tasks.Reassign),
        new("/Reports/Sanctions", "Ov.Nav.Sanctions", "bi-bar-chart", InspectionSuitePermissions.Reports.Sanctions),
        new("/Reports/Periodic", "Nav.PeriodicReport", "bi-file-earmark-text", InspectionSuitePermissions.Reports.Export),
        new("/Admin/Users", "Ov.Nav.Users", "bi-person-gear", InspectionSuitePermissions.Administration.Users, AdminGroup),
        new("/Admin/UnitSuccession", "Ov.Nav.UnitSuccession", "bi-diagram-3", InspectionSuitePermissions.Units.Manage, AdminGroup),
        new("/Admin/Workflows", "Ov.Nav.Workflows", "bi-bezier2", InspectionSuitePermissions.Workflows.Default, AdminGroup),
        new("/Admin/Permissions", "Nav.Permissions", "bi-key", InspectionSuitePermissions.Administration.Permissions, AdminGroup),
        new("/Admin/AuditLog", "Nav.AuditLog", "bi-journal-check", InspectionSuitePermissions.Administration.AuditLog, AdminGroup),
    ];

    /// <summary>The entries this user sees, given the permissions granted to them.</summary>
    public static IEnumerable<Item> For(System.Security.Claims.ClaimsPrincipal user, IReadOnlySet<string> granted)
    {
        var hasUnit = AppUserClaimsPrincipalFactory.HasUnit(user);
        return Items.Where(i => granted.Contains(i.Permission) && (!i.ForUnitRepresentatives || hasUnit));
    }
}
