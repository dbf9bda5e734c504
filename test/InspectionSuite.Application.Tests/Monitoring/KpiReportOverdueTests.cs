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
    private Task<IReadOnlyList<OverdueEntry>> Source() => Source<KpiReportOverdueSource>();

    private Task<IReadOnlyList<OverdueEntry>> Source<TSource>() where TSource : IOverdueSource
        => fixture.RunAsAsync("supervisor", sp =>
        {
            var time = sp.GetRequiredService<TimeProvider>();
            return sp.GetServices<IOverdueSource>().OfType<TSource>().Single().GetAsync(VietnamTime.Today(time), time.GetUtcNow().UtcDateTime, default);
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

    /// <summary>
    /// Issue 15: a returned report gets a resubmission due date (Monitoring:ResubmitWorkingDays, 5 working days by default,
    /// weekends skipped, the return day not counted); past it the report is on the board (its own kind, not "missing"),
    /// and the resubmission takes it off.
    /// </summary>
    [Fact]
    public async Task Should_list_a_returned_report_not_resubmitted_by_its_resubmission_due_date_and_drop_it_once_resubmitted()
    {
        var p01 = await fixture.UnitAsync(InspectionSuite.Seeding.DataSeeder.DemoRepresentativeUnitCode);
        fixture.Time.SetDate(2035, 9, 10);
        await fixture.Reports("unitrep", s => s.SubmitAsync(p01.Id, "2035-Q3", MonitoringFixture.Body(("MEETINGS_ONLINE", 6, 10))));
        var returnedOn = new DateOnly(2035, 10, 5); // a Friday
        fixture.Time.SetDate(returnedOn.Year, returnedOn.Month, returnedOn.Day);
        var returned = await fixture.Reports("supervisor", s => s.ReturnAsync(p01.Id, "2035-Q3", new ReturnKpiReportDto("Thiếu số cuộc họp trực tuyến")));
        var resubmitDue = new DateOnly(2035, 10, 12); // five working days later: Mon..Fri of the next week
        returned.ResubmitDueOn.ShouldBe(resubmitDue);
        (await fixture.Reports("unitrep", s => s.GetAsync(p01.Id, "2035-Q3"))).ResubmitDueOn.ShouldBe(resubmitDue); // the unit sees it too

        fixture.Time.SetDate(2035, 10, 12); // the last day is still in time
        (await Source<KpiResubmissionOverdueSource>()).ShouldNotContain(e => e.UnitId == p01.Id);

        fixture.Time.SetDate(2035, 10, 13);
        var mine = (await Source<KpiResubmissionOverdueSource>()).Where(e => e.UnitId == p01.Id).ShouldHaveSingleItem();
        mine.ShouldSatisfyAllConditions(
            e => e.Kind.ShouldBe(OverdueKinds.KpiResubmission),
            e => e.DueDate.ShouldBe(resubmitDue),
            e => e.CaseId.ShouldBeNull(),
            e => e.Authority.ShouldBe(AuthorityCode.NoiVu),
            e => e.Href.ShouldBe("/Monitoring?year=2035&period=2035-Q3"),
            e => e.What.ShouldContain("05/10/2035"));
        // Returned is not missing: the report is not listed twice.
        (await Source()).ShouldNotContain(e => e.UnitId == p01.Id && e.Href == mine.Href);
        var board = await Board(OverdueKinds.KpiResubmission);
        board.Items.Where(i => i.UnitName == p01.Name).ShouldHaveSingleItem().DaysOverdue.ShouldBe(1);
        board.CountByKind[OverdueKinds.KpiResubmission].ShouldBe(board.TotalCount);

        var again = await fixture.Reports("unitrep", s => s.SubmitAsync(p01.Id, "2035-Q3", MonitoringFixture.Body(("MEETINGS_ONLINE", 7, 10))));
        again.ResubmitDueOn.ShouldBeNull();
        (await Source<KpiResubmissionOverdueSource>()).ShouldNotContain(e => e.UnitId == p01.Id);
        (await Board(OverdueKinds.KpiResubmission)).Items.ShouldNotContain(i => i.UnitName == p01.Name);
    }

    [Fact]
    public void Should_refuse_a_resubmission_period_out_of_range()
    {
        new MonitoringOptions().ResubmitWorkingDays.ShouldBe(5);
        Should.Throw<InvalidOperationException>(new MonitoringOptions { ResubmitWorkingDays = 0 }.Validate).Message.ShouldContain("ResubmitWorkingDays");
    }

    /// <summary>
    /// Issue 15 / seed IV.1: a unit without an implementation plan after 10/05/2026 is on the board (the tracker's
    /// "missing", one item per unit), and leaves it when the plan arrives, late or not.
    /// </summary>
    [Fact]
    public async Task Should_list_each_unit_without_a_plan_after_its_deadline_and_drop_it_once_sent()
    {
        var p01 = await fixture.UnitAsync(InspectionSuite.Seeding.DataSeeder.DemoRepresentativeUnitCode);
        fixture.Time.SetDate(2026, 5, 10); // the last day is still in time
        (await Source<UnitPlanOverdueSource>()).ShouldBeEmpty();

        fixture.Time.SetDate(2026, 5, 11);
        var entries = await Source<UnitPlanOverdueSource>();
        var tracker = await fixture.Plans("supervisor", s => s.GetTrackerAsync());
        entries.Count.ShouldBe(tracker.Missing);
        entries.Select(e => e.UnitId!.Value).Order().ShouldBe(tracker.Units.Where(u => u.Standing == SubmissionStanding.Missing).Select(u => u.UnitId).Order());
        entries.Where(e => e.UnitId == p01.Id).ShouldHaveSingleItem().ShouldSatisfyAllConditions(
            e => e.Kind.ShouldBe(OverdueKinds.UnitPlan),
            e => e.DueDate.ShouldBe(new DateOnly(2026, 5, 10)),
            e => e.CaseId.ShouldBeNull(),
            e => e.Authority.ShouldBe(AuthorityCode.NoiVu),
            e => e.Href.ShouldBe("/Monitoring?year=2026#tracker-title"),
            e => e.What.ShouldContain("2026"));
        (await Board(OverdueKinds.UnitPlan)).CountByKind[OverdueKinds.UnitPlan].ShouldBe(entries.Count);

        await fixture.Plans("unitrep", s => s.SubmitAsync(MonitoringFixture.PlanFile(new DateOnly(2026, 5, 11))));
        var after = await Source<UnitPlanOverdueSource>();
        after.ShouldNotContain(e => e.UnitId == p01.Id);
        after.Count.ShouldBe(entries.Count - 1);
    }
}
