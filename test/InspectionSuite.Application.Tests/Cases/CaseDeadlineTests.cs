using InspectionSuite.Cases;
using Shouldly;
using Xunit;

namespace InspectionSuite.Application.Tests.Cases;

/// <summary>Time limits come from the definitions; extensions and suspensions move the on-site due date.</summary>
public sealed class CaseDeadlineTests(CaseFixture fixture) : IClassFixture<CaseFixture>
{
    [Fact]
    public async Task Should_move_the_on_site_due_date_by_extension_and_suspension_in_working_days()
    {
        // An inspection's (thanh-tra.inspection: 45 working days); a check has no extension or suspension (issue 15).
        var c = await fixture.CaseIn(CaseStates.OnSite, CaseKind.Inspection);
        c.OnSiteStart.ShouldBe(new DateOnly(2026, 6, 1));
        c.Deadlines.OnSiteDays.ShouldBe(45);
        c.Deadlines.OnSiteDayKind.ShouldBe("working");
        c.Deadlines.OnSiteDue.ShouldBe(new DateOnly(2026, 8, 3));

        c = await fixture.Cases("leader", s => s.AddExtensionAsync(c.Id, new AddExtensionDto("15/QĐ-SNV", 10, "Nội dung phức tạp", fixture.Today, c.ConcurrencyStamp)));
        c.Deadlines.ExtensionDays.ShouldBe(10);
        c.Deadlines.OnSiteDue.ShouldBe(new DateOnly(2026, 8, 17));

        // Suspended Mon 8/6 – Fri 12/6: five working days stop the clock.
        c = await fixture.Cases("leader", s => s.AddSuspensionAsync(c.Id, new AddSuspensionDto("16/QĐ-SNV", new(2026, 6, 8), new(2026, 6, 12), "Chờ hồ sơ", c.ConcurrencyStamp)));
        c.Deadlines.SuspendedDays.ShouldBe(5);
        c.Deadlines.OnSiteDue.ShouldBe(new DateOnly(2026, 8, 24));
        c.Deadlines.OnSiteOverdue.ShouldBeFalse();

        fixture.Clock.Advance(TimeSpan.FromDays(85)); // 25/8/2026
        (await fixture.Get(c.Id)).Deadlines.OnSiteOverdue.ShouldBeTrue();
    }

    [Fact]
    public async Task Should_count_the_results_report_and_conclusion_limits_from_on_site_end_and_the_draft()
    {
        var c = await fixture.CaseIn(CaseStates.Reporting);
        var end = c.OnSiteEnd!.Value;
        var calc = await fixture.RunAsAsync("admin", sp => Task.FromResult(Microsoft.Extensions.DependencyInjection.ServiceProviderServiceExtensions.GetRequiredService<CaseDeadlineCalculator>(sp)));
        c.Deadlines.ResultsReportDue.ShouldBe(calc.Add(end, 20, working: true));
        c.Deadlines.ResultsReportDue!.Value.DayNumber.ShouldBeGreaterThanOrEqualTo(end.AddDays(26).DayNumber); // 20 working days span at least 4 weekends

        c = await fixture.Cases("inspector", s => s.AttachResultsReportAsync(c.Id, new AttachResultsReportDto(null, fixture.Today, "Báo cáo", c.ConcurrencyStamp)));
        c = await fixture.Fire(c.Id, CaseTriggers.SubmitResultsReport, "inspector");
        c = await fixture.Cases("inspector", s => s.RecordDraftConclusionAsync(c.Id, new RecordDraftConclusionDto(new DateOnly(2026, 7, 1), "Dự thảo", c.ConcurrencyStamp)));
        // thanh-tra v2: 15 days after the draft (Điều 36 Luật Thanh tra 84/2025/QH15, calendar days; v1 counted 15 working days → 22/7).
        c.Deadlines.ConclusionDue.ShouldBe(new DateOnly(2026, 7, 16));
    }
}
