using InspectionSuite.EntityFrameworkCore.Migrations;
using InspectionSuite.Testing;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;
using Shouldly;
using Xunit;

namespace InspectionSuite.EntityFrameworkCore.Tests;

/// <summary>
/// Issue 14 on a running installation: a database seeded with the old grants gets the new concluding permissions on the
/// roles that had grants, the Inspector loses Cases.Conclude, an admin's own revocation elsewhere is kept (a new
/// database: NewDatabaseGrantsTests). The SQL Server form of the statements is parsed too.
/// </summary>
public sealed class RolesGrantsMigrationTests
{
    private const string Before = "20261205072254_AuditCheckpoints";

    private static SqliteInspectionSuiteDbContext Open(string file)
        => new(new DbContextOptionsBuilder<SqliteInspectionSuiteDbContext>().UseSqlite($"Data Source={file}").Options);

    private static List<string> Grants(DbContext db, string role)
        => db.Database.SqlQuery<string>($"SELECT PermissionName AS Value FROM PermissionGrants WHERE RoleName = {role}").ToList();

    [Fact]
    public void Should_grant_the_new_permissions_to_existing_roles_and_take_conclude_from_inspectors_once()
    {
        var file = Path.Combine(TestPaths.NewTempDirectory("is-roles-migration"), "old.db");
        using (var db = Open(file))
        {
            db.GetService<IMigrator>().Migrate(Before);
            // The old defaults, in part: an inspector drafted, appraised, signed and published with Cases.Conclude.
            foreach (var (role, permission) in new[]
                     {
                         ("Inspector", "InspectionSuite.Cases.Conclude"), ("Inspector", "InspectionSuite.Cases.Edit"),
                         ("Leadership", "InspectionSuite.Cases.Conclude"), ("Leadership", "InspectionSuite.Cases.ViewAll"),
                         ("Supervisor", "InspectionSuite.Cases.Conclude"),
                     })
                db.Database.ExecuteSql($"INSERT INTO PermissionGrants (Id, RoleName, PermissionName) VALUES ({Guid.NewGuid().ToString().ToUpperInvariant()}, {role}, {permission})");
            // Up to issue 14's migration: later ones grant their own permissions (issue 15: MonitoringGrantsMigrationTests).
            db.GetService<IMigrator>().Migrate("20261205101500_RolesGrants");

            var inspector = Grants(db, "Inspector");
            inspector.ShouldNotContain("InspectionSuite.Cases.Conclude");
            inspector.ShouldContain("InspectionSuite.Cases.DraftConclusion");
            inspector.ShouldContain("InspectionSuite.Cases.Edit");
            // (+ the document register's permissions, which the later DocumentRegister migration grants to Leadership, issue 16)
            Grants(db, "Leadership").ShouldBe(["InspectionSuite.Cases.Conclude", "InspectionSuite.Cases.ViewAll", "InspectionSuite.Cases.Decide",
                "InspectionSuite.Cases.Publish", "InspectionSuite.Tasks"], ignoreOrder: true);
            Grants(db, "Supervisor").ShouldContain("InspectionSuite.Cases.Appraise");
            Grants(db, "Supervisor").ShouldNotContain("InspectionSuite.Cases.Decide");
            // A role without grants (UnitRepresentative, Admin here) is left to the seeder's defaults.
            Grants(db, "UnitRepresentative").ShouldBeEmpty();
            Grants(db, "Admin").ShouldBeEmpty();
        }
        SqliteConnection.ClearAllPools();
    }

    [Fact]
    public void Should_parse_the_grant_statements_as_sql_server_runs_them()
    {
        foreach (var sql in RolesIssue14Grants.UpStatements().Concat(RolesIssue14Grants.DownStatements())
                     .Concat(DocumentRegisterGrants.UpStatements()).Concat(DocumentRegisterGrants.DownStatements()))
            TSql.AssertParses(sql);
    }

    /// <summary>Issue 16: the register's permissions reach the existing roles whose defaults name them, once; others get nothing.</summary>
    [Fact]
    public void Should_grant_the_document_register_permissions_to_existing_roles_once()
    {
        var file = Path.Combine(TestPaths.NewTempDirectory("is-register-migration"), "old.db");
        using (var db = Open(file))
        {
            db.GetService<IMigrator>().Migrate("20261205101640_LawProcedure");
            foreach (var (role, permission) in new[] { ("Supervisor", "InspectionSuite.Cases.ViewAll"), ("Leadership", "InspectionSuite.Cases.ViewAll"), ("Inspector", "InspectionSuite.Cases.Edit"),
                         ("Leadership", "InspectionSuite.Documents.Register") })
                db.Database.ExecuteSql($"INSERT INTO PermissionGrants (Id, RoleName, PermissionName) VALUES ({Guid.NewGuid().ToString().ToUpperInvariant()}, {role}, {permission})");
            db.GetService<IMigrator>().Migrate();

            foreach (var role in new[] { "Supervisor", "Leadership" })
            {
                Grants(db, role).Count(g => g == "InspectionSuite.Documents.Register").ShouldBe(1, role); // once, also where the admin had granted it
                Grants(db, role).ShouldContain("InspectionSuite.Documents.Register.Issue", role);
            }
            Grants(db, "Inspector").ShouldBe(["InspectionSuite.Cases.Edit"]);
            Grants(db, "Admin").ShouldBeEmpty();
        }
        SqliteConnection.ClearAllPools();
    }
}
