using InspectionSuite.Monitoring;
using InspectionSuite.Organization;
using InspectionSuite.Oversight;
using InspectionSuite.Oversight.Overdue;
using Microsoft.Extensions.DependencyInjection;
using Shouldly;
using Xunit;

namespace InspectionSuite.Application.Tests.Monitoring;

/// <summary>
/// Issue 15 on the overdue board: a unit's periodic KPI report not sent by its due date is one item per unit and period
/// (the dashboard's "missing", same rule), not on a case, followed up by Sở Nội vụ; it leaves the board once sent.
/// </summary>
public sealed class KpiReportOverdueTests(MonitoringFixture fixture) : IClassFixture<MonitoringFixture>
{
    private Task<IReadOnlyList<OverdueEntry>> Source()
        => fixture.RunAsAsync("supervisor", sp =>
        {
            var time = sp.GetRequiredService<TimeProvider>();
            return sp.GetServices<IOverdueSource>().OfType<KpiReportOverdueSource>().Single().GetAsync(VietnamTime.Today(time), time.GetUtcNow().UtcDateTime, default);
        });

    private Task<OverdueBoardPage> Board(string? kind, int skip = 0)
        => fixture.RunAsAsync("supervisor", sp => sp.GetRequiredService<IOverdueBoardAppService>()
            .GetEntriesAsync(new GetOverdueEntriesInput { Kind = kind, SkipCount = skip, MaxResultCount = PagedAndSortedInput.MaxPageSize }));

    [Fact]
    public async Task Should_list_each_units_missing_report_the_day_after_its_due_date_and_drop_it_once_sent()
    {
        var due = new DateOnly(2034, 3, 20); // Q1's last day on time (Monitoring:ReportDueOn, default)
        var p01 = await fixture.UnitAsync(InspectionSuite.Seeding.DataSeeder.DemoRepresentativeUnitCode);
        fixture.Time.SetDate(due.Year, due.Month, due.Day);
        (await Source()).ShouldNotContain(e => e.DueDate == due); // the last day is still in time

        fixture.Time.SetDate(2034, 3, 21);
        var entries = await Source();
        var mine = entries.Where(e => e.UnitId == p01.Id && e.DueDate == due).ShouldHaveSingleItem();
        mine.Kind.ShouldBe(OverdueKinds.KpiReport);
        mine.CaseId.ShouldBeNull();
        mine.Authority.ShouldBe(AuthorityCode.NoiVu);
        mine.Href.ShouldBe("/Monitoring?year=2034&period=2034-Q1");
        mine.What.ShouldContain("2034");
        // One item per unit of the register that owes the report: the dashboard's count of missing units.
        var province = await fixture.Reports("supervisor", s => s.GetProvinceAsync("2034-Q1"));
        entries.Count(e => e.DueDate == due).ShouldBe(province.UnitsMissing);
        province.UnitsMissing.ShouldBeGreaterThan(1);
        // A period not yet due (Q2, due 05/06) has nothing on the board.
        entries.ShouldNotContain(e => e.DueDate > due);

        // The board counts the kind and filters on it; the items name the unit and Sở Nội vụ, no case.
        var board = await Board(OverdueKinds.KpiReport);
        board.CountByKind[OverdueKinds.KpiReport].ShouldBe(entries.Count);
        board.TotalCount.ShouldBe(entries.Count);
        board.Items.ShouldAllBe(i => i.Kind == OverdueKinds.KpiReport && i.CaseId == null && i.Authority == AuthorityCode.NoiVu && i.Href != null);
        var last = await Board(OverdueKinds.KpiReport, skip: Math.Max(0, entries.Count - 1));
        last.Items.ShouldHaveSingleItem().DueDate.ShouldBe(due); // oldest first: this period's come last
        (await Board(OverdueKinds.Sanction)).Items.ShouldNotContain(i => i.Kind == OverdueKinds.KpiReport);

        // Sent, even late: no longer missing.
        await fixture.Reports("unitrep", s => s.SubmitAsync(p01.Id, "2034-Q1", MonitoringFixture.Body(("MEETINGS_ONLINE", 6, 10))));
        var after = await Source();
        after.ShouldNotContain(e => e.UnitId == p01.Id && e.DueDate == due);
        after.Count.ShouldBe(entries.Count - 1);
    }
}
