using System.Text.RegularExpressions;
using InspectionSuite.Cases;
using InspectionSuite.Organization;
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
