using InspectionSuite.Workflows.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;
using Microsoft.EntityFrameworkCore.Storage;
using Shouldly;
using Xunit;

namespace InspectionSuite.EntityFrameworkCore.Tests;

/// <summary>
/// No SQL Server runs here, so what can be checked without one is: everything the SQL Server provider would send — the
/// idempotent migration script and every raw SQL string the code builds, in the provider's own form (@p parameters,
/// [brackets]) — parses with Microsoft's T-SQL parser. The SQLite-only statements (PRAGMAs in SqlitePragmas and
/// DbMigrator) are sent only on SQLite.
/// </summary>
public sealed class SqlServerSqlTests
{
    private static SqlServerInspectionSuiteDbContext SqlServer() => new SqlServerDesignTimeFactory().CreateDbContext([]);

    [Fact]
    public void Should_parse_the_idempotent_migration_script()
    {
        using var db = SqlServer();
        var script = db.GetService<IMigrator>().GenerateScript(options: MigrationsSqlGenerationOptions.Idempotent);
        script.ShouldContain("AuditCheckpoints"); // the newest migration is in it
        TSql.AssertParses(script);
    }

    [Fact]
    public void Should_parse_the_create_script()
    {
        using var db = SqlServer();
        TSql.AssertParses(db.Database.GenerateCreateScript());
    }

    [Fact]
    public void Should_parse_the_case_viewer_rewrite_as_sent_to_sql_server()
    {
        using var db = SqlServer();
        var builder = db.GetService<IRawSqlCommandBuilder>();
        var ids = new object[] { Guid.NewGuid(), Guid.NewGuid(), Guid.NewGuid() };
        var (delete, insert) = CaseViewerRefresh.Statements(ids.Length);
        foreach (var raw in new[] { delete, insert })
        {
            // ExecuteSqlRaw builds the command the same way: {0}, {1}, … become the provider's parameters.
            var sent = builder.Build(raw, ids).RelationalCommand.CommandText;
            sent.ShouldContain("@p2");
            TSql.AssertParses(sent);
        }
    }

    [Fact]
    public void Should_parse_the_transition_writer_statements_as_sent_to_sql_server()
    {
        using var db = SqlServer();
        var statements = TransitionWriter.For(db).Statements;
        statements.Count.ShouldBe(2);
        foreach (var sql in statements)
        {
            sql.ShouldContain("@wf"); // SQL Server parameters
            TSql.AssertParses(sql);
        }
    }

    /// <summary>The check can fail: SQLite-only syntax, and a bad statement inside EXEC(N'…') as idempotent scripts write some.</summary>
    [Theory]
    [InlineData("SELECT * FROM [AuditLog] ORDER BY [Sequence] DESC LIMIT 1")]
    [InlineData("INSERT OR IGNORE INTO [CaseViewers] ([UserId]) VALUES (@p0)")]
    [InlineData("PRAGMA journal_mode=WAL;")]
    [InlineData("IF 1 = 1 BEGIN EXEC(N'CREATE INDEX [IX_A] ON [T] ([A]) WHERE') END;")]
    public void Should_report_sql_that_sql_server_cannot_parse(string sql)
    {
        TSql.ParseErrors(sql).ShouldNotBeEmpty();
        Should.Throw<ShouldAssertException>(() => TSql.AssertParses(sql));
    }

    [Fact]
    public void Should_parse_the_text_of_dynamic_sql()
    {
        TSql.ParseErrors("EXEC(N'CREATE UNIQUE INDEX [IX_A] ON [T] ([A]) WHERE [A] IS NOT NULL');").ShouldBeEmpty();
        TSql.ParseErrors("EXEC(N'CREATE UNIQUE INDEX [IX_A] ON [T] ([A]) WHERE [A] IS NOT');").ShouldHaveSingleItem().ShouldStartWith("in EXEC at line 1");
    }
}
