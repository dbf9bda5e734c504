using System.Security.Claims;

namespace InspectionSuite.Web;

/// <summary>Main menu entries; each shows only to users granted its permission.</summary>
public static class NavigationMenu
{
    /// <summary>
    /// An entry; entries of an <paramref name="Area"/> render together under that area's dropdown, so the bar of the roles
    /// with the most entries (admin, supervisor) stays on one line at 1200 px and up, in either language.
    /// <paramref name="ForUnitRepresentatives"/> entries also need a user linked to a unit: an admin holds every permission but has no unit.
    /// </summary>
    public sealed record Item(string Path, string TextKey, string Icon, string Permission, Area? Area = null, bool ForUnitRepresentatives = false);

    /// <summary>A dropdown of the bar, grouping the less daily entries by area of work.</summary>
    public sealed record Area(string TextKey, string Icon);

    /// <summary>One place on the bar: a link, or an area's dropdown holding <see cref="Links"/>.</summary>
    public sealed record Entry(Area? Area, IReadOnlyList<Item> Links);

    public static readonly Area Supervision = new("Ov.Nav.SupervisionGroup", "bi-binoculars");
    public static readonly Area Reports = new("Ov.Nav.ReportsGroup", "bi-bar-chart-line");
    public static readonly Area Administration = new("Ov.Nav.AdminGroup", "bi-gear");

    public static readonly List<Item> Items =
    [
        new("/", "Nav.Home", "bi-house", InspectionSuitePermissions.Dashboard.Default),
        new("/Inbox", "Nav.Inbox", "bi-inbox", InspectionSuitePermissions.Tasks.Default),
        new("/MyUnit", "Nav.MyUnit", "bi-building-check", InspectionSuitePermissions.Cases.AnswerDocumentRequests, ForUnitRepresentatives: true),
        new("/Monitoring/MyUnit", "Mon.Nav.MyUnit", "bi-clipboard-data", InspectionSuitePermissions.Monitoring.Submit, ForUnitRepresentatives: true),
        new("/Cases", "Nav.Cases", "bi-folder2-open", InspectionSuitePermissions.Cases.Default),
        new("/Planning", "Nav.Planning", "bi-calendar-check", InspectionSuitePermissions.Planning.Default),
        new("/Supervision/Assign", "Ov.Nav.Assign", "bi-people", InspectionSuitePermissions.Cases.Assign, Supervision),
        new("/Supervision/Overdue", "Ov.Nav.Overdue", "bi-alarm", InspectionSuitePermissions.Tasks.Reassign, Supervision),
        new("/Reports/Sanctions", "Ov.Nav.Sanctions", "bi-bar-chart", InspectionSuitePermissions.Reports.Sanctions, Reports),
        new("/Reports/Periodic", "Nav.PeriodicReport", "bi-file-earmark-text", InspectionSuitePermissions.Reports.Export, Reports),
        new("/Documents/Register", "Nav.DocumentRegister", "bi-journal-bookmark", InspectionSuitePermissions.Documents.Register, Reports),
        new("/Monitoring", "Mon.Nav.Dashboard", "bi-graph-up", InspectionSuitePermissions.Monitoring.ViewAll, Reports),
        new("/Admin/Units", "Nav.Units", "bi-buildings", InspectionSuitePermissions.Units.Default, Administration),
        new("/Admin/Users", "Ov.Nav.Users", "bi-person-gear", InspectionSuitePermissions.Administration.Users, Administration),
        new("/Admin/UnitSuccession", "Ov.Nav.UnitSuccession", "bi-diagram-3", InspectionSuitePermissions.Units.Manage, Administration),
        new("/Admin/Workflows", "Ov.Nav.Workflows", "bi-bezier2", InspectionSuitePermissions.Workflows.Default, Administration),
        new("/Admin/Permissions", "Nav.Permissions", "bi-key", InspectionSuitePermissions.Administration.Permissions, Administration),
        new("/Admin/AuditLog", "Nav.AuditLog", "bi-journal-check", InspectionSuitePermissions.Administration.AuditLog, Administration),
    ];

    /// <summary>The entries this user sees, given the permissions granted to them.</summary>
    public static IEnumerable<Item> For(ClaimsPrincipal user, IReadOnlySet<string> granted)
    {
        var hasUnit = AppUserClaimsPrincipalFactory.HasUnit(user);
        return Items.Where(i => granted.Contains(i.Permission) && (!i.ForUnitRepresentatives || hasUnit));
    }

    /// <summary>
    /// The bar for this user, in menu order: an area shows where its first entry would; an area of which the user sees a
    /// single entry shows as that link (an inspector's unit register is one click, not a dropdown of one).
    /// </summary>
    public static IEnumerable<Entry> BarFor(ClaimsPrincipal user, IReadOnlySet<string> granted)
        => For(user, granted)
            .GroupBy(i => (object?)i.Area ?? i)
            .Select(g => g.Count() > 1 ? new Entry(g.First().Area, g.ToList()) : new Entry(null, [g.First()]));
}
