using InspectionSuite.Permissions;

namespace InspectionSuite.Web;

/// <summary>Main menu entries; each shows only to users granted its permission.</summary>
public static class NavigationMenu
{
    public sealed record Item(string Path, string TextKey, string Icon, string Permission);

    public static readonly List<Item> Items =
    [
        new("/", "Nav.Home", "bi-house", InspectionSuitePermissions.Dashboard.Default),
        new("/Inbox", "Nav.Inbox", "bi-inbox", InspectionSuitePermissions.Tasks.Default),
        new("/Cases", "Nav.Cases", "bi-folder2-open", InspectionSuitePermissions.Cases.Default),
        new("/Planning", "Nav.Planning", "bi-calendar-check", InspectionSuitePermissions.Planning.Default),
        new("/Admin/Units", "Nav.Units", "bi-buildings", InspectionSuitePermissions.Units.Default),
        new("/Admin/Permissions", "Nav.Permissions", "bi-key", InspectionSuitePermissions.Administration.Permissions),
        new("/Admin/AuditLog", "Nav.AuditLog", "bi-journal-check", InspectionSuitePermissions.Administration.AuditLog),
    ];
}
