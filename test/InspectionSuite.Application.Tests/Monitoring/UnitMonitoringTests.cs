using CsCheck;
using InspectionSuite.Monitoring;
using InspectionSuite.Notifications;
using Microsoft.Extensions.DependencyInjection;
using Shouldly;
using Xunit;

namespace InspectionSuite.Application.Tests.Monitoring;

/// <summary>
/// Issue 15 on the real app: a unit submits its periodic report, Sở Nội vụ returns it with a reason, the unit resubmits;
/// bad figures are refused naming the indicator with nothing saved; a unit representative never writes another unit;
/// the plan tracker and the reminders follow the due date.
/// </summary>
public sealed class UnitMonitoringTests(MonitoringFixture fixture) : IClassFixture<MonitoringFixture>
{
    [Fact]
    public async Task Should_submit_return_with_a_reason_and_resubmit_a_report()
    {
        fixture.Time.SetDate(2030, 3, 10);
        var p01 = await fixture.UnitAsync(InspectionSuite.Seeding.DataSeeder.DemoRepresentativeUnitCode);
        var sent = await fixture.Reports("unitrep", s => s.SubmitAsync(p01.Id, "2030-Q1", MonitoringFixture.Body(("MEETINGS_ONLINE", 6, 10), ("TTHC_ONLINE", 90, 100))));
        sent.Status.ShouldBe(KpiReportStatus.Submitted);
        sent.Standing.ShouldBe(SubmissionStanding.OnTime);

        var province = await fixture.Reports("supervisor", s => s.GetProvinceAsync("2030-Q1"));
        province.UnitsReported.ShouldBe(1);
        province.Indicators.Single(i => i.Code == "MEETINGS_ONLINE").ShouldSatisfyAllConditions(
            i => i.Percent.ShouldBe(60m), i => i.Outcome.ShouldBe(KpiOutcome.Met));
        province.Indicators.Single(i => i.Code == "STAFF_DIGITAL_SKILLS").ShouldSatisfyAllConditions(
            i => i.Percent.ShouldBeNull(), i => i.Outcome.ShouldBe(KpiOutcome.NoData));

        fixture.Time.SetDate(2030, 3, 25); // after the due day (20/03 by default)
        var returned = await fixture.Reports("supervisor", s => s.ReturnAsync(p01.Id, "2030-Q1", new ReturnKpiReportDto("Số hồ sơ trực tuyến chưa khớp hệ thống")));
        returned.Standing.ShouldBe(SubmissionStanding.Returned);
        returned.ReturnReason.ShouldBe("Số hồ sơ trực tuyến chưa khớp hệ thống");
        (await fixture.Reports("supervisor", s => s.GetProvinceAsync("2030-Q1"))).ShouldSatisfyAllConditions(
            p => p.UnitsReported.ShouldBe(0), p => p.UnitsReturned.ShouldBe(1),
            p => p.Indicators.ShouldAllBe(i => i.Outcome == KpiOutcome.NoData),
            p => p.NotOnTime.Single(s => s.UnitId == p01.Id).Standing.ShouldBe(SubmissionStanding.Returned));
        (await Should.ThrowAsync<BusinessException>(() => fixture.Reports("supervisor", s => s.ReturnAsync(p01.Id, "2030-Q1", new ReturnKpiReportDto("lần hai")))))
            .Code.ShouldBe(MonitoringErrorCodes.ReportNotSubmitted);

        var again = await fixture.Reports("unitrep", s => s.SubmitAsync(p01.Id, "2030-Q1", MonitoringFixture.Body(("MEETINGS_ONLINE", 6, 10), ("TTHC_ONLINE", 97, 100))));
        again.Status.ShouldBe(KpiReportStatus.Submitted);
        again.FirstSubmittedOn.ShouldBe(new DateOnly(2030, 3, 10)); // on time stays on time after a return
        again.SubmittedOn.ShouldBe(new DateOnly(2030, 3, 25));
        again.Standing.ShouldBe(SubmissionStanding.OnTime);
        (await fixture.Reports("supervisor", s => s.GetProvinceAsync("2030-Q1"))).Indicators.Single(i => i.Code == "TTHC_ONLINE").Percent.ShouldBe(97m);
    }

    [Theory]
    [InlineData("MEETINGS_ONLINE", 11, 10, MonitoringErrorCodes.FiguresPartGreaterThanWhole)]
    [InlineData("DOCUMENTS_REDUCED", -1, 10, MonitoringErrorCodes.FiguresNegative)]
    [InlineData("NOT_AN_INDICATOR", 1, 1, MonitoringErrorCodes.IndicatorUnknown)]
    public async Task Should_refuse_bad_figures_naming_the_indicator_and_save_nothing(string code, long first, long second, string error)
    {
        fixture.Time.SetDate(2031, 3, 1);
        var p01 = await fixture.UnitAsync(InspectionSuite.Seeding.DataSeeder.DemoRepresentativeUnitCode);
        var body = MonitoringFixture.Body(("TTHC_ONLINE", 5, 10));
        body[code] = code == "NOT_AN_INDICATOR" ? new() { ["a"] = first, ["b"] = second } : MonitoringFixture.Body((code, first, second))[code];

        var ex = await Should.ThrowAsync<BusinessException>(() => fixture.Reports("unitrep", s => s.SubmitAsync(p01.Id, "2031-Q1", body)));
        ex.Code.ShouldBe(error);
        ex.Args[0].ShouldBe(code);
        (await fixture.Reports("unitrep", s => s.GetAsync(p01.Id, "2031-Q1"))).Status.ShouldBeNull(); // the good indicator was not saved either
    }

    [Fact]
    public async Task Should_refuse_a_missing_figure_and_a_period_that_is_not_one()
    {
        var p01 = await fixture.UnitAsync(InspectionSuite.Seeding.DataSeeder.DemoRepresentativeUnitCode);
        var body = new Dictionary<string, Dictionary<string, long>> { ["STAFF_DIGITAL_SKILLS"] = new() { ["staffTrained"] = 3 } };
        var ex = await Should.ThrowAsync<BusinessException>(() => fixture.Reports("unitrep", s => s.SubmitAsync(p01.Id, "2031-Q2", body)));
        ex.Code.ShouldBe(MonitoringErrorCodes.FigureMissing);
        ex.Args.ShouldBe(["STAFF_DIGITAL_SKILLS", "staffTotal"]);
        foreach (var bad in new[] { "2031-Q5", "2031-H2", "31", "Q1-2031", "" })
            (await Should.ThrowAsync<BusinessException>(() => fixture.Reports("unitrep", s => s.GetAsync(p01.Id, bad)))).Code.ShouldBe(MonitoringErrorCodes.PeriodInvalid);
    }

    /// <summary>Issue 15 "Proof": for any other unit, any period and any figures, the representative's write is refused and that unit's report is unchanged.</summary>
    [Fact]
    public async Task Should_never_let_a_unit_representative_change_another_units_report()
    {
        fixture.Time.SetDate(2032, 2, 1);
        var p01 = await fixture.UnitAsync(InspectionSuite.Seeding.DataSeeder.DemoRepresentativeUnitCode);
        var others = await fixture.RunAsAsync("admin", async sp =>
        {
            var units = sp.GetRequiredService<IRepository<global::InspectionSuite.Organization.Unit>>();
            return await units.ToListAsync(units.Query().Where(u => u.Id != p01.Id).Select(u => u.Id));
        });
        // The other unit already has a report for the period, written as its own representative would have.
        var periods = MonitoringOptions.PeriodsOf(2032).Select(p => p.ToString()).ToArray();
        var gen = Gen.Select(Gen.Int[0, others.Count - 1].Select(i => others[i]), Gen.Int[0, periods.Length - 1].Select(i => periods[i]), Gen.Long[0, 1000], Gen.Long[0, 1000]);
        gen.Sample(x =>
        {
            var (unitId, period, a, b) = x;
            var before = fixture.RunAsAsync("admin", async sp =>
            {
                var reports = sp.GetRequiredService<IRepository<UnitKpiReport>>();
                var existing = await reports.FirstOrDefaultAsync(reports.Query().Where(r => r.UnitId == unitId && r.Period == period));
                if (existing is null)
                {
                    KpiPeriod.TryParse(period, out var kp);
                    existing = new UnitKpiReport(Guid.NewGuid(), unitId, kp, KpiReportFigures.Parse(MonitoringFixture.Body(("MEETINGS_ONLINE", 1, 2))), new DateOnly(2032, 1, 5));
                    await reports.InsertAsync(existing);
                    await sp.GetRequiredService<IUnitOfWork>().SaveChangesAsync();
                }
                return existing.FiguresJson;
            }).GetAwaiter().GetResult();

            var ex = Should.Throw<BusinessException>(() => fixture.Reports("unitrep",
                s => s.SubmitAsync(unitId, period, MonitoringFixture.Body(("MEETINGS_ONLINE", Math.Min(a, b), Math.Max(a, b))))).GetAwaiter().GetResult());
            ex.ShouldBeOfType<ForbiddenException>();

            var after = fixture.RunAsAsync("admin", async sp =>
            {
                var reports = sp.GetRequiredService<IRepository<UnitKpiReport>>();
                return (await reports.FirstOrDefaultAsync(reports.Query().Where(r => r.UnitId == unitId && r.Period == period)))!.FiguresJson;
            }).GetAwaiter().GetResult();
            after.ShouldBe(before);
        }, iter: 25, threads: 1); // one thread: two samples of the same unit and period would both insert its report
        // Reading another unit is refused too (not found, nothing disclosed).
        await Should.ThrowAsync<EntityNotFoundException>(() => fixture.Reports("unitrep", s => s.GetAsync(others[0], "2032-Q1")));
    }

    [Fact]
    public async Task Should_track_unit_plans_on_time_late_and_missing_and_remind_before_the_due_date()
    {
        // Default due date 10/05/2026 (seed IV.1); reminders 7 and 1 days before.
        fixture.Time.SetDate(2026, 5, 3);
        var p01 = await fixture.UnitAsync(InspectionSuite.Seeding.DataSeeder.DemoRepresentativeUnitCode);
        var added = await fixture.RunAsAsync("admin", sp => sp.GetRequiredService<MonitoringReminders>().RunAsync());
        added.ShouldBeGreaterThanOrEqualTo(1);
        (await fixture.RunAsAsync("admin", sp => sp.GetRequiredService<MonitoringReminders>().RunAsync())).ShouldBe(0); // once
        var notes = await fixture.RunAsAsync("unitrep", async sp =>
        {
            var n = sp.GetRequiredService<IRepository<Notification>>();
            return await n.ToListAsync(n.Query().Where(x => x.Kind == MonitoringReminders.Kind && x.SourceKey.StartsWith("monitoring:plan:2026")));
        });
        notes.ShouldHaveSingleItem().MessageKey.ShouldBe("Notification.MonitoringReminder.Plan");

        fixture.Time.SetDate(2026, 5, 8);
        var mine = await fixture.Plans("unitrep", s => s.SubmitAsync(MonitoringFixture.PlanFile(new DateOnly(2026, 5, 6))));
        mine.Standing.ShouldBe(SubmissionStanding.OnTime);
        mine.FileName.ShouldBe("ke-hoach.pdf");

        fixture.Time.SetDate(2026, 5, 9); // one day before: the unit that submitted is not reminded again
        await fixture.RunAsAsync("admin", sp => sp.GetRequiredService<MonitoringReminders>().RunAsync());
        (await fixture.RunAsAsync("unitrep", async sp =>
        {
            var n = sp.GetRequiredService<IRepository<Notification>>();
            return await n.CountAsync(n.Query().Where(x => x.Kind == MonitoringReminders.Kind && x.SourceKey.StartsWith("monitoring:plan:2026")));
        })).ShouldBe(1);

        fixture.Time.SetDate(2026, 5, 11);
        var tracker = await fixture.Plans("supervisor", s => s.GetTrackerAsync());
        tracker.DueOn.ShouldBe(new DateOnly(2026, 5, 10));
        tracker.Units.Single(u => u.UnitId == p01.Id).Standing.ShouldBe(SubmissionStanding.OnTime);
        tracker.OnTime.ShouldBe(1);
        tracker.Missing.ShouldBe(tracker.UnitsTotal - 1);
        tracker.NotYetDue.ShouldBe(0);

        // Replacing the file later keeps the first submission's timeliness.
        var replaced = await fixture.Plans("unitrep", s => s.SubmitAsync(MonitoringFixture.PlanFile(new DateOnly(2026, 5, 6), "ke-hoach-sua.pdf")));
        replaced.ShouldSatisfyAllConditions(r => r.Standing.ShouldBe(SubmissionStanding.OnTime), r => r.FileName.ShouldBe("ke-hoach-sua.pdf"),
            r => r.FirstSubmittedOn.ShouldBe(new DateOnly(2026, 5, 8)));
        await Should.ThrowAsync<ForbiddenException>(() => fixture.Plans("supervisor", s => s.SubmitAsync(MonitoringFixture.PlanFile(new DateOnly(2026, 5, 6)))));
        await Should.ThrowAsync<ForbiddenException>(() => fixture.Plans("unitrep", s => s.GetTrackerAsync()));
    }

    [Fact]
    public void Should_refuse_unit_due_dates_not_earlier_than_the_departments_own_deadlines()
    {
        var o = new MonitoringOptions();
        o.Validate();
        o.DueOn(new KpiPeriod(2026, 'H', 1)).ShouldBe(new DateOnly(2026, 6, 5));
        o.ReportDueOn["H1"] = "06-15";
        Should.Throw<InvalidOperationException>(o.Validate).Message.ShouldContain("15/06");
        o.ReportDueOn["H1"] = "06-01";
        o.ReportDueOn["Y"] = "12-20";
        Should.Throw<InvalidOperationException>(o.Validate);
    }

    /// <summary>Issue 15, dashboard: the units furthest from target — each unit's own result below target, largest gap first; met indicators and returned reports are not listed.</summary>
    [Fact]
    public async Task Should_rank_the_units_furthest_below_target_largest_gap_first()
    {
        fixture.Time.SetDate(2037, 3, 10);
        var p01 = await fixture.UnitAsync(InspectionSuite.Seeding.DataSeeder.DemoRepresentativeUnitCode);
        var (other, third) = await fixture.RunAsAsync("admin", async sp =>
        {
            var units = sp.GetRequiredService<IRepository<global::InspectionSuite.Organization.Unit>>();
            var two = await units.ToListAsync(units.Query().Where(u => u.Id != p01.Id).OrderBy(u => u.Code).Take(2));
            var reports = sp.GetRequiredService<IRepository<UnitKpiReport>>();
            var q1 = new KpiPeriod(2037, 'Q', 1);
            await reports.InsertAsync(new UnitKpiReport(Guid.NewGuid(), two[0].Id, q1, KpiReportFigures.Parse(MonitoringFixture.Body(("MEETINGS_ONLINE", 5, 10), ("TTHC_ONLINE", 99, 100))), new DateOnly(2037, 3, 1)));
            var returned = new UnitKpiReport(Guid.NewGuid(), two[1].Id, q1, KpiReportFigures.Parse(MonitoringFixture.Body(("MEETINGS_ONLINE", 0, 10))), new DateOnly(2037, 3, 1));
            returned.Return("Sai số liệu", new DateOnly(2037, 3, 2));
            await reports.InsertAsync(returned);
            await sp.GetRequiredService<IUnitOfWork>().SaveChangesAsync();
            return (two[0], two[1]);
        });
        await fixture.Reports("unitrep", s => s.SubmitAsync(p01.Id, "2037-Q1", MonitoringFixture.Body(("MEETINGS_ONLINE", 3, 10), ("TTHC_ONLINE", 94, 100))));

        var furthest = await fixture.Reports("supervisor", s => s.GetFurthestFromTargetAsync("2037-Q1", 10));
        furthest.Select(g => (g.UnitCode, g.IndicatorCode, g.Gap)).ShouldBe([
            (p01.Code, "MEETINGS_ONLINE", 30m), (other.Code, "MEETINGS_ONLINE", 10m), (p01.Code, "TTHC_ONLINE", 1m)]);
        furthest.ShouldNotContain(g => g.UnitId == third.Id); // returned: not counted until resubmitted
        (await fixture.Reports("supervisor", s => s.GetFurthestFromTargetAsync("2037-Q1", 1))).ShouldHaveSingleItem().UnitCode.ShouldBe(p01.Code);
        await Should.ThrowAsync<ForbiddenException>(() => fixture.Reports("unitrep", s => s.GetFurthestFromTargetAsync("2037-Q1", 10)));
    }

    /// <summary>Issue 15: the periodic reports are reminded too, 7 and 1 days before their due date, only to units that have not sent them.</summary>
    [Fact]
    public async Task Should_remind_a_unit_of_its_periodic_report_before_the_due_date_until_it_is_sent()
    {
        var p01 = await fixture.UnitAsync(InspectionSuite.Seeding.DataSeeder.DemoRepresentativeUnitCode);
        Task<List<Notification>> Mine() => fixture.RunAsAsync("unitrep", async sp =>
        {
            var n = sp.GetRequiredService<IRepository<Notification>>();
            return await n.ToListAsync(n.Query().Where(x => x.Kind == MonitoringReminders.Kind && x.SourceKey.StartsWith("monitoring:report:2038-Q1")));
        });
        fixture.Time.SetDate(2038, 3, 12); // 8 days before 20/03: no reminder yet
        await fixture.RunAsAsync("admin", sp => sp.GetRequiredService<MonitoringReminders>().RunAsync());
        (await Mine()).ShouldBeEmpty();

        fixture.Time.SetDate(2038, 3, 13); // 7 days before
        await fixture.RunAsAsync("admin", sp => sp.GetRequiredService<MonitoringReminders>().RunAsync());
        (await fixture.RunAsAsync("admin", sp => sp.GetRequiredService<MonitoringReminders>().RunAsync())).ShouldBe(0); // once
        var first = (await Mine()).ShouldHaveSingleItem();
        first.MessageKey.ShouldBe("Notification.MonitoringReminder.Report");
        first.SourceKey.ShouldBe($"monitoring:report:2038-Q1:7:{p01.Id:N}");
        first.ArgsJson.ShouldContain("20/03/2038");

        await fixture.Reports("unitrep", s => s.SubmitAsync(p01.Id, "2038-Q1", MonitoringFixture.Body(("MEETINGS_ONLINE", 6, 10))));
        fixture.Time.SetDate(2038, 3, 19); // 1 day before: sent, so not reminded again
        await fixture.RunAsAsync("admin", sp => sp.GetRequiredService<MonitoringReminders>().RunAsync());
        (await Mine()).Count.ShouldBe(1);
    }
}
