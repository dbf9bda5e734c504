using Microsoft.EntityFrameworkCore.Migrations;

namespace InspectionSuite.EntityFrameworkCore.Migrations;

/// <summary>
/// Issue 14's permission changes for a database that already has grants (a new database gets them from
/// InspectionSuitePermissions.DefaultGrants at its first seeding, and these statements do nothing on its empty table):
/// each role that has grants receives the new permissions its default list names, once, and the Inspector role loses
/// Cases.Conclude — with it one team inspector could draft, appraise, sign and publish a conclusion alone. Literal names,
/// not the constants: a migration states what it did when it was written. One text for both providers (portable SQL).
/// </summary>
internal static class RolesIssue14Grants
{
    /// <summary>(id, role, permission): the id is fixed so that the row is the same wherever the migration ran.</summary>
    internal static readonly (string Id, string Role, string Permission)[] Added =
    [
        ("3C0E14A1-0001-4A6B-9E51-0000000000A1", "Inspector", "InspectionSuite.Cases.DraftConclusion"),
        ("3C0E14A1-0002-4A6B-9E51-0000000000A2", "Inspector", "InspectionSuite.Cases.RecordExplanation"),
        ("3C0E14A1-0003-4A6B-9E51-0000000000A3", "Supervisor", "InspectionSuite.Cases.Appraise"),
        ("3C0E14A1-0004-4A6B-9E51-0000000000A4", "Supervisor", "InspectionSuite.Cases.Publish"),
        ("3C0E14A1-0005-4A6B-9E51-0000000000A5", "Leadership", "InspectionSuite.Cases.Decide"),
        ("3C0E14A1-0006-4A6B-9E51-0000000000A6", "Leadership", "InspectionSuite.Cases.Publish"),
        ("3C0E14A1-0007-4A6B-9E51-0000000000A7", "Leadership", "InspectionSuite.Tasks"),
        ("3C0E14A1-0008-4A6B-9E51-0000000000A8", "Admin", "InspectionSuite.Cases.DraftConclusion"),
        ("3C0E14A1-0009-4A6B-9E51-0000000000A9", "Admin", "InspectionSuite.Cases.RecordExplanation"),
        ("3C0E14A1-000A-4A6B-9E51-0000000000AA", "Admin", "InspectionSuite.Cases.Appraise"),
        ("3C0E14A1-000B-4A6B-9E51-0000000000AB", "Admin", "InspectionSuite.Cases.Decide"),
        ("3C0E14A1-000C-4A6B-9E51-0000000000AC", "Admin", "InspectionSuite.Cases.Publish"),
    ];

    internal static readonly (string Role, string Permission)[] Removed = [("Inspector", "InspectionSuite.Cases.Conclude")];

    internal static IEnumerable<string> UpStatements()
    {
        foreach (var (id, role, permission) in Added)
            yield return "INSERT INTO PermissionGrants (Id, RoleName, PermissionName) " +
                         $"SELECT '{id}', '{role}', '{permission}' " +
                         $"WHERE EXISTS (SELECT 1 FROM PermissionGrants WHERE RoleName = '{role}') " +
                         $"AND NOT EXISTS (SELECT 1 FROM PermissionGrants WHERE RoleName = '{role}' AND PermissionName = '{permission}')";
        foreach (var (role, permission) in Removed)
            yield return $"DELETE FROM PermissionGrants WHERE RoleName = '{role}' AND PermissionName = '{permission}'";
    }

    internal static IEnumerable<string> DownStatements()
    {
        foreach (var (id, _, _) in Added)
            yield return $"DELETE FROM PermissionGrants WHERE Id = '{id}'";
        foreach (var (role, permission) in Removed)
            yield return "INSERT INTO PermissionGrants (Id, RoleName, PermissionName) " +
                         $"SELECT '3C0E14A1-00FF-4A6B-9E51-0000000000FF', '{role}', '{permission}' " +
                         $"WHERE EXISTS (SELECT 1 FROM PermissionGrants WHERE RoleName = '{role}') " +
                         $"AND NOT EXISTS (SELECT 1 FROM PermissionGrants WHERE RoleName = '{role}' AND PermissionName = '{permission}')";
    }

    internal static void Up(MigrationBuilder migrationBuilder)
    {
        foreach (var sql in UpStatements()) migrationBuilder.Sql(sql);
    }

    internal static void Down(MigrationBuilder migrationBuilder)
    {
        foreach (var sql in DownStatements()) migrationBuilder.Sql(sql);
    }
}
