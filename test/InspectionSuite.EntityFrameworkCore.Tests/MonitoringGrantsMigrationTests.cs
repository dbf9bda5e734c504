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
/// Issue 15 on a running installation: a database with grants gets the monitoring permissions its roles' default lists
/// name, once, and only on roles that have grants; the SQL Server form of the statements parses.
/// </summary>
public sealed class MonitoringGrantsMigrationTests
{
    private static SqliteInspectionSuiteDbContext Open(string file)
        => new(new DbContextOptionsBuilder<SqliteInspectionSuiteDbContext>().UseSqlite($"Data Source={file}").Options);

    // The document register's migration (issue 16), which runs between the two steps, grants its own permissions: not this test's subject.
    private static List<string> Grants(DbContext db, string role)
        => db.Database.SqlQuery<string>($"SELECT PermissionName AS Value FROM PermissionGrants WHERE RoleName = {role}").ToList()
            .Where(p => !p.StartsWith("InspectionSuite.Documents.", StringComparison.Ordinal)).ToList();

    [Fact]
    public void Should_grant_the_monitoring_permissions_to_existing_roles_once()
    {
        var file = Path.Combine(TestPaths.NewTempDirectory("is-monitoring-migration"), "old.db");
        using (var db = Open(file))
        {
            db.GetService<IMigrator>().Migrate("20261205101640_LawProcedure");
            foreach (var (role, permission) in new[] { ("Leadership", "InspectionSuite.Cases.ViewAll"), ("UnitRepresentative", "InspectionSuite.Cases"), ("Supervisor", "InspectionSuite.Monitoring") })
                db.Database.ExecuteSql($"INSERT INTO PermissionGrants (Id, RoleName, PermissionName) VALUES ({Guid.NewGuid().ToString().ToUpperInvariant()}, {role}, {permission})");
            db.GetService<IMigrator>().Migrate();

            Grants(db, "Leadership").ShouldBe(["InspectionSuite.Cases.ViewAll", "InspectionSuite.Monitoring", "InspectionSuite.Monitoring.ViewAll"], ignoreOrder: true);
            Grants(db, "UnitRepresentative").ShouldBe(["InspectionSuite.Cases", "InspectionSuite.Monitoring", "InspectionSuite.Monitoring.Submit"], ignoreOrder: true);
            // Already held: not added twice.
            Grants(db, "Supervisor").ShouldBe(["InspectionSuite.Monitoring", "InspectionSuite.Monitoring.ViewAll", "InspectionSuite.Monitoring.Review"], ignoreOrder: true);
            Grants(db, "Inspector").ShouldBeEmpty();
            Grants(db, "Admin").ShouldBeEmpty();
            Grants(db, "UnitRepresentative").ShouldNotContain("InspectionSuite.Monitoring.ViewAll");
        }
        SqliteConnection.ClearAllPools();
    }

    [Fact]
    public void Should_parse_the_grant_statements_as_sql_server_runs_them()
    {
        foreach (var sql in MonitoringGrants.UpStatements().Concat(MonitoringGrants.DownStatements()))
            TSql.AssertParses(sql);
    }
}
