using Microsoft.EntityFrameworkCore.Migrations;

namespace InspectionSuite.EntityFrameworkCore.Migrations;

/// <summary>
/// Issue 16's document register permissions for a database that already has grants (a new database gets them from
/// InspectionSuitePermissions.DefaultGrants at its first seeding; these statements do nothing on its empty table): each
/// role whose default list names them and that has grants receives them, once. Literal names, as RolesIssue14Grants.
/// </summary>
internal static class DocumentRegisterGrants
{
    internal static readonly (string Id, string Role, string Permission)[] Added =
    [
        ("3C0E16A1-0001-4D0C-9E51-0000000000B1", "Supervisor", "InspectionSuite.Documents.Register"),
        ("3C0E16A1-0002-4D0C-9E51-0000000000B2", "Supervisor", "InspectionSuite.Documents.Register.Issue"),
        ("3C0E16A1-0003-4D0C-9E51-0000000000B3", "Leadership", "InspectionSuite.Documents.Register"),
        ("3C0E16A1-0004-4D0C-9E51-0000000000B4", "Leadership", "InspectionSuite.Documents.Register.Issue"),
        ("3C0E16A1-0005-4D0C-9E51-0000000000B5", "Admin", "InspectionSuite.Documents.Register"),
        ("3C0E16A1-0006-4D0C-9E51-0000000000B6", "Admin", "InspectionSuite.Documents.Register.Issue"),
    ];

    internal static IEnumerable<string> UpStatements()
        => Added.Select(g => "INSERT INTO PermissionGrants (Id, RoleName, PermissionName) " +
                             $"SELECT '{g.Id}', '{g.Role}', '{g.Permission}' " +
                             $"WHERE EXISTS (SELECT 1 FROM PermissionGrants WHERE RoleName = '{g.Role}') " +
                             $"AND NOT EXISTS (SELECT 1 FROM PermissionGrants WHERE RoleName = '{g.Role}' AND PermissionName = '{g.Permission}')");

    internal static IEnumerable<string> DownStatements() => Added.Select(g => $"DELETE FROM PermissionGrants WHERE Id = '{g.Id}'");

    internal static void Up(MigrationBuilder migrationBuilder)
    {
        foreach (var sql in UpStatements()) migrationBuilder.Sql(sql);
    }

    internal static void Down(MigrationBuilder migrationBuilder)
    {
        foreach (var sql in DownStatements()) migrationBuilder.Sql(sql);
    }
}
