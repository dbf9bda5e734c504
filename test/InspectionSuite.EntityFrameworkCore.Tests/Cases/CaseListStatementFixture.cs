using System.Data.Common;
using InspectionSuite.Cases;
using InspectionSuite.Organization;
using InspectionSuite.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.Extensions.DependencyInjection;
using Shouldly;
using Xunit;

namespace InspectionSuite.EntityFrameworkCore.Tests.Cases;

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
