using InspectionSuite.Testing;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;
using Shouldly;
using Xunit;

namespace InspectionSuite.EntityFrameworkCore.Tests;

/// <summary>
/// How permission grants reach a new database: not from migrations (their grant statements only add to roles that already
/// have grants) but from the seeder's InspectionSuitePermissions.DefaultGrants at the first start. Independent of the
/// migrations' names, so it holds before and after they are squashed into one Initial (squash-migrations.sh).
/// </summary>
public sealed class NewDatabaseGrantsTests
{
    [Fact]
    public void Should_leave_a_new_database_without_grants_for_the_seeder()
    {
        var file = Path.Combine(TestPaths.NewTempDirectory("is-new-db-grants"), "new.db");
        using (var db = new SqliteInspectionSuiteDbContext(new DbContextOptionsBuilder<SqliteInspectionSuiteDbContext>().UseSqlite($"Data Source={file}").Options))
        {
            db.GetService<IMigrator>().Migrate();
            db.Database.SqlQuery<int>($"SELECT COUNT(*) AS Value FROM PermissionGrants").Single().ShouldBe(0);
        }
        SqliteConnection.ClearAllPools();
    }
}
