using System.Data.Common;
using System.Text.RegularExpressions;
using InspectionSuite.Cases;
using InspectionSuite.Organization;
using InspectionSuite.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.Extensions.DependencyInjection;
using Shouldly;
using Xunit;

namespace InspectionSuite.EntityFrameworkCore.Tests.Cases;

/// <summary>
/// The case list's page statement in its default order (newest first, then code) walks an index in that order, and the
/// index carries every column the statement's WHERE reads (IsDeleted; Id for an inspector's per-case viewer probe): SQLite
/// then checks each case it skips on the way to a deep page (/Cases?p=500 skips 9,980) from the index alone, without
/// reading the case's wide row.
/// </summary>
public sealed partial class CaseListIndexTests(CaseListStatementFixture fixture) : IClassFixture<CaseListStatementFixture>
{
    public static TheoryData<string> Lists => ["everything", "state", "authority", "viewer with state"];

    [Theory]
    [MemberData(nameof(Lists))]
    public async Task Should_page_in_creation_order_through_an_index_carrying_the_columns_the_statement_checks(string list)
    {
        var (filter, visibility) = list switch
        {
            "everything" => (new CaseListFilter(), CaseVisibility.Everything),
            "state" => (new CaseListFilter(State: "Planned"), CaseVisibility.Everything),
            "authority" => (new CaseListFilter(Authority: AuthorityCode.ThanhTra), CaseVisibility.Everything),
            _ => (new CaseListFilter(State: "Planned"), CaseVisibility.ThroughViewerRows(fixture.Viewer)),
        };
        var statement = await fixture.PageStatementAsync(filter, visibility);

        var plan = string.Join("\n", await fixture.QueryPlanAsync(statement.Sql, statement.Parameters));
        plan.ShouldNotContain("TEMP B-TREE", customMessage: plan);
        var index = IndexOfCases().Match(plan);
        index.Success.ShouldBeTrue(plan);
        var columns = await fixture.ReadColumnAsync($"PRAGMA index_info(\"{index.Groups[1].Value}\")", 2);
        columns.Take(2).ShouldContain("CreationTime", plan);
        columns.ShouldContain("Code", plan);
        columns.ShouldContain("IsDeleted", plan);
        columns.ShouldContain("Id", plan);
    }

    [GeneratedRegex("""(?:SCAN|SEARCH) c USING INDEX (\w+)""")]
    private static partial Regex IndexOfCases();
}

/// <summary>The app over SQLite with 60 planned cases (a quarter led by <see cref="Viewer"/>), ANALYZE run as at start-up, and each list page statement recorded.</summary>
public sealed class CaseListStatementFixture : AppFixture, IAsyncLifetime
{
    private readonly PageStatementRecorder recorder = new();

    public Guid Viewer { get; } = Guid.NewGuid();

    protected override void ConfigureServices(IServiceCollection services)
        => services.ConfigureDbContext<SqliteInspectionSuiteDbContext>((_, o) => o.AddInterceptors(recorder));

    public new async Task InitializeAsync()
    {
        await base.InitializeAsync();
        await RunAsAsync("admin", async sp =>
        {
            var db = sp.GetRequiredService<InspectionSuiteDbContext>();
            var unit = await db.Units.OrderBy(u => u.Code).Select(u => u.Id).FirstAsync();
            for (var i = 0; i < 60; i++)
            {
                var c = new InspectionCase(Guid.NewGuid(), CaseKind.Inspection, i % 2 == 0 ? AuthorityCode.ThanhTra : AuthorityCode.NoiVu, unit,
                    $"Thanh tra {i}", null, null, null, null, null);
                c.AssignTeam(i % 4 == 0 ? Viewer : Guid.NewGuid(), []);
                db.Cases.Add(c);
            }
            return await db.SaveChangesAsync();
        });
        await ExecuteSqlAsync("ANALYZE;");
    }

    /// <summary>The statement (SQL and parameters) that read the third page of the list in its default order.</summary>
    public async Task<(string Sql, IReadOnlyList<(string Name, object? Value)> Parameters)> PageStatementAsync(CaseListFilter filter, CaseVisibility visibility)
    {
        lock (recorder.Statements) recorder.Statements.Clear();
        await RunAsAsync("admin", sp => sp.GetRequiredService<ICaseRepository>().GetListAsync(filter, visibility, new CaseListPaging(null, 4, 2, 100)));
        lock (recorder.Statements) return recorder.Statements.ShouldHaveSingleItem();
    }

    /// <summary>Records each statement that reads a page of cases in the default order (its OFFSET is the page).</summary>
    private sealed class PageStatementRecorder : DbCommandInterceptor
    {
        public List<(string Sql, IReadOnlyList<(string Name, object? Value)> Parameters)> Statements { get; } = [];

        public override ValueTask<InterceptionResult<DbDataReader>> ReaderExecutingAsync(DbCommand command, CommandEventData e, InterceptionResult<DbDataReader> result, CancellationToken ct = default)
        {
            if (command.CommandText.Contains("ORDER BY \"c\".\"CreationTime\" DESC, \"c\".\"Code\"") && command.CommandText.Contains("OFFSET"))
                lock (Statements) Statements.Add((command.CommandText, command.Parameters.Cast<DbParameter>().Select(p => (p.ParameterName, p.Value)).ToList()));
            return ValueTask.FromResult(result);
        }
    }
}
