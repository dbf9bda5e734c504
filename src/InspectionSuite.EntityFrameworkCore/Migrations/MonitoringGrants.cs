using Microsoft.EntityFrameworkCore.Migrations;

namespace InspectionSuite.EntityFrameworkCore.Migrations;

/// <summary>
/// Issue 15's new permissions for a database that already has grants (a new database gets them from
/// InspectionSuitePermissions.DefaultGrants at its first seeding; these statements do nothing on its empty table): each
/// role that has grants receives the monitoring permissions its default list names, once. Literal names, not the
/// constants: a migration states what it did when it was written. Portable SQL, one text for both providers.
/// </summary>
internal static class MonitoringGrants
{
    internal static readonly (string Id, string Role, string Permission)[] Added =
    [
        ("15A0C0DE-0001-4B15-8A15-000000000001", "Supervisor", "InspectionSuite.Monitoring"),
        ("15A0C0DE-0002-4B15-8A15-000000000002", "Supervisor", "InspectionSuite.Monitoring.ViewAll"),
        ("15A0C0DE-0003-4B15-8A15-000000000003", "Supervisor", "InspectionSuite.Monitoring.Review"),
        ("15A0C0DE-0004-4B15-8A15-000000000004", "Leadership", "InspectionSuite.Monitoring"),
        ("15A0C0DE-0005-4B15-8A15-000000000005", "Leadership", "InspectionSuite.Monitoring.ViewAll"),
        ("15A0C0DE-0006-4B15-8A15-000000000006", "UnitRepresentative", "InspectionSuite.Monitoring"),
        ("15A0C0DE-0007-4B15-8A15-000000000007", "UnitRepresentative", "InspectionSuite.Monitoring.Submit"),
        ("15A0C0DE-0008-4B15-8A15-000000000008", "Admin", "InspectionSuite.Monitoring"),
        ("15A0C0DE-0009-4B15-8A15-000000000009", "Admin", "InspectionSuite.Monitoring.Submit"),
        ("15A0C0DE-000A-4B15-8A15-00000000000A", "Admin", "InspectionSuite.Monitoring.ViewAll"),
        ("15A0C0DE-000B-4B15-8A15-00000000000B", "Admin", "InspectionSuite.Monitoring.Review"),
    ];

    internal static IEnumerable<string> UpStatements()
        => Added.Select(a => "INSERT INTO PermissionGrants (Id, RoleName, PermissionName) " +
                             $"SELECT '{a.Id}', '{a.Role}', '{a.Permission}' " +
                             $"WHERE EXISTS (SELECT 1 FROM PermissionGrants WHERE RoleName = '{a.Role}') " +
                             $"AND NOT EXISTS (SELECT 1 FROM PermissionGrants WHERE RoleName = '{a.Role}' AND PermissionName = '{a.Permission}')");

    internal static IEnumerable<string> DownStatements() => Added.Select(a => $"DELETE FROM PermissionGrants WHERE Id = '{a.Id}'");

    internal static void Up(MigrationBuilder migrationBuilder)
    {
        foreach (var sql in UpStatements()) migrationBuilder.Sql(sql);
    }

    internal static void Down(MigrationBuilder migrationBuilder)
    {
        foreach (var sql in DownStatements()) migrationBuilder.Sql(sql);
    }
}
