using InspectionSuite.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore;
using Shouldly;
using Xunit;

namespace InspectionSuite.EntityFrameworkCore.Tests;

/// <summary>CI's "no pending model changes" check, for both providers (equivalent to `dotnet ef migrations has-pending-model-changes`).</summary>
public sealed class MigrationsInSyncTests
{
    [Fact]
    public void Should_have_no_pending_model_changes_for_sqlite()
    {
        using var db = new SqliteDesignTimeFactory().CreateDbContext([]);
        db.Database.HasPendingModelChanges().ShouldBeFalse("run dotnet ef migrations add for SqliteInspectionSuiteDbContext");
        db.Database.GetMigrations().ShouldNotBeEmpty();
    }

    [Fact]
    public void Should_have_no_pending_model_changes_for_sql_server()
    {
        using var db = new SqlServerDesignTimeFactory().CreateDbContext([]);
        db.Database.HasPendingModelChanges().ShouldBeFalse("run dotnet ef migrations add for SqlServerInspectionSuiteDbContext");
        db.Database.GetMigrations().ShouldNotBeEmpty();
    }

    [Fact]
    public void Should_keep_the_same_migration_names_for_both_providers()
    {
        using var sqlite = new SqliteDesignTimeFactory().CreateDbContext([]);
        using var sqlServer = new SqlServerDesignTimeFactory().CreateDbContext([]);
        string Name(string id) => id[(id.IndexOf('_') + 1)..];
        sqlite.Database.GetMigrations().Select(Name).ShouldBe(sqlServer.Database.GetMigrations().Select(Name));
    }
}
