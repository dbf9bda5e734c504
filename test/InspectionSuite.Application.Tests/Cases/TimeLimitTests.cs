using InspectionSuite.Cases;
using InspectionSuite.Organization;
using InspectionSuite.Workflows.Contracts;
using InspectionSuite.Workflows.Timers;
using Microsoft.Extensions.DependencyInjection;
using Shouldly;
using Xunit;

namespace InspectionSuite.Application.Tests.Cases;

/// <summary>
/// One test per time limit of thanh-tra.inspection v2 (issue 14): the number comes from the definition's $.limits (with its
/// article), never from code; each test checks the last day still in time and the first day late, across the 2026
/// holidays the app configures (Giỗ Tổ 27/4, 30/4, 1/5, 1–2/9) where the limit counts working days.
/// </summary>
public sealed class TimeLimitTests(CaseFixture fixture) : IClassFixture<CaseFixture>
{
    private async Task<(CaseDeadlineCalculator Calc, CaseDeadlineCalculator.Limits Limits, WorkingCalendar Calendar)> V2()
        => await fixture.RunAsAsync("admin", async sp =>
        {
            var calc = sp.GetRequiredService<CaseDeadlineCalculator>();
            return (calc, await calc.GetLimitsAsync(CaseWorkflows.InspectionDefinitionId, 2, default), sp.GetRequiredService<WorkingCalendar>());
        });

    private static InspectionCase Decided(DateOnly decidedOn)
    {
        var c = new InspectionCase(Guid.NewGuid(), CaseKind.Inspection, AuthorityCode.ThanhTra, Guid.NewGuid(), "Thanh tra thử", null, null, null, null, null);
        c.RecordDecision("01/QĐ-TTr", decidedOn, "Chánh Thanh tra");
        c.EnterState(CaseStates.Decided, Guid.NewGuid(), decidedOn);
        return c;
    }

    private static InspectionCase OnSite(DateOnly announcedOn, DateOnly onSiteStart)
    {
        var c = Decided(announcedOn.AddDays(-3));
        c.RecordAnnouncement(announcedOn);
        c.EnterState(CaseStates.Announced, Guid.NewGuid(), announcedOn);
        c.EnterState(CaseStates.OnSite, Guid.NewGuid(), onSiteStart);
        return c;
    }

    private static InspectionCase Reporting(DateOnly onSiteEnd)
    {
        var c = OnSite(onSiteEnd.AddDays(-20), onSiteEnd.AddDays(-20));
        c.SetOnSitePeriod(onSiteEnd.AddDays(-20), onSiteEnd);
        c.EnterState(CaseStates.Reporting, Guid.NewGuid(), onSiteEnd);
        return c;
    }

    private static InspectionCase Concluding(DateOnly reportedOn)
    {
        var c = Reporting(reportedOn.AddDays(-1));
        c.AttachResultsReport("05/BC", reportedOn, "Báo cáo kết quả.");
        c.EnterState(CaseStates.Concluding, Guid.NewGuid(), reportedOn);
        return c;
    }

    [Fact]
    public async Task Should_use_the_holidays_the_app_configures()
    {
        var (_, _, calendar) = await V2();
        calendar.IsWorkingDay(new DateOnly(2026, 4, 27)).ShouldBeFalse(); // Giỗ Tổ Hùng Vương (Monday)
        calendar.IsWorkingDay(new DateOnly(2026, 4, 30)).ShouldBeFalse();
        calendar.IsWorkingDay(new DateOnly(2026, 5, 1)).ShouldBeFalse();
        calendar.IsWorkingDay(new DateOnly(2026, 9, 2)).ShouldBeFalse();
        calendar.IsWorkingDay(new DateOnly(2026, 4, 28)).ShouldBeTrue();
    }

    [Fact]
    public async Task Announcement_within_15_calendar_days_of_the_decision_holidays_counted()
    {
        var (calc, limits, _) = await V2();
        limits.Announcement!.Days.ShouldBe(15);
        limits.Announcement.Kind.ShouldBe("calendar");
        var inTime = Decided(new DateOnly(2026, 4, 20));
        inTime.RecordAnnouncement(new DateOnly(2026, 5, 5)); // 20/4 + 15 days, across 27/4, 30/4, 1/5: calendar days count them
        var d = calc.Compute(inTime, limits, new DateOnly(2026, 5, 20));
        d.AnnouncementDue.ShouldBe(new DateOnly(2026, 5, 5));
        d.AnnouncementOverdue.ShouldBeFalse();

        var late = Decided(new DateOnly(2026, 4, 20));
        late.RecordAnnouncement(new DateOnly(2026, 5, 6));
        calc.Compute(late, limits, new DateOnly(2026, 5, 20)).AnnouncementOverdue.ShouldBeTrue();
        // Not announced yet: late from the day after the due day.
        calc.Compute(Decided(new DateOnly(2026, 4, 20)), limits, new DateOnly(2026, 5, 5)).AnnouncementOverdue.ShouldBeFalse();
        calc.Compute(Decided(new DateOnly(2026, 4, 20)), limits, new DateOnly(2026, 5, 6)).AnnouncementOverdue.ShouldBeTrue();
    }

    [Fact]
    public async Task Inspection_period_of_45_working_days_counts_from_the_announcement_not_the_on_site_start()
    {
        var (calc, limits, _) = await V2();
        limits.FromAnnouncement.ShouldBeTrue();
        limits.OnSite!.Days.ShouldBe(45);
        limits.OnSite.IsWorking.ShouldBeTrue();
        // Announced Mon 20/4/2026, on site from Fri 24/4: 45 working days from 20/4 skip 27/4, 30/4, 1/5 → Thu 25/6.
        var c = OnSite(new DateOnly(2026, 4, 20), new DateOnly(2026, 4, 24));
        calc.Compute(c, limits, new DateOnly(2026, 6, 25)).OnSiteDue.ShouldBe(new DateOnly(2026, 6, 25));
        calc.Compute(c, limits, new DateOnly(2026, 6, 25)).OnSiteOverdue.ShouldBeFalse();
        calc.Compute(c, limits, new DateOnly(2026, 6, 26)).OnSiteOverdue.ShouldBeTrue();
        c.SetOnSitePeriod(new DateOnly(2026, 4, 24), new DateOnly(2026, 6, 25));
        calc.Compute(c, limits, new DateOnly(2026, 7, 30)).OnSiteOverdue.ShouldBeFalse();
        c.SetOnSitePeriod(new DateOnly(2026, 4, 24), new DateOnly(2026, 6, 26));
        calc.Compute(c, limits, new DateOnly(2026, 7, 30)).OnSiteOverdue.ShouldBeTrue();
    }

    [Fact]
    public async Task Suspension_stops_the_inspection_clock_for_its_working_days()
    {
        var (calc, limits, _) = await V2();
        var c = OnSite(new DateOnly(2026, 4, 20), new DateOnly(2026, 4, 20));
        c.AddSuspension("10/QĐ-TD", new DateOnly(2026, 5, 4), new DateOnly(2026, 5, 8), "Chờ hồ sơ"); // Mon–Fri: 5 working days
        var d = calc.Compute(c, limits, new DateOnly(2026, 7, 2));
        d.SuspendedDays.ShouldBe(5);
        d.OnSiteDue.ShouldBe(new DateOnly(2026, 7, 2)); // 25/6 + 5 working days
        d.OnSiteOverdue.ShouldBeFalse();
        calc.Compute(c, limits, new DateOnly(2026, 7, 3)).OnSiteOverdue.ShouldBeTrue();
    }

    [Fact]
    public async Task Extension_at_most_once_and_at_most_the_definitions_days()
    {
        var (calc, limits, _) = await V2();
        var cap = limits.Extension!;
        cap.MaxDays.ShouldBe(30);
        cap.Times.ShouldBe(1);
        var c = OnSite(new DateOnly(2026, 4, 20), new DateOnly(2026, 4, 20));
        var tooLong = Should.Throw<BusinessException>(() => c.AddExtension("11/QĐ-GH", 31, "Nội dung phức tạp", new DateOnly(2026, 6, 20), cap));
        tooLong.Code.ShouldBe(CaseErrorCodes.ExtensionTooLong);
        c.Extensions.ShouldBeEmpty();

        c.AddExtension("11/QĐ-GH", 30, "Nội dung phức tạp", new DateOnly(2026, 6, 20), cap);
        calc.Compute(c, limits, new DateOnly(2026, 8, 6)).OnSiteDue.ShouldBe(new DateOnly(2026, 8, 6)); // 45 + 30 working days from 20/4
        calc.Compute(c, limits, new DateOnly(2026, 8, 7)).OnSiteOverdue.ShouldBeTrue();

        var second = Should.Throw<BusinessException>(() => c.AddExtension("12/QĐ-GH", 1, "Lần hai", new DateOnly(2026, 7, 20), cap));
        second.Code.ShouldBe(CaseErrorCodes.ExtensionLimitReached);
        c.Extensions.Count.ShouldBe(1);
    }

    [Fact]
    public async Task Second_extension_is_refused_through_the_app_service_with_a_clear_error()
    {
        var c = await fixture.CaseIn(CaseStates.OnSite);
        c = await fixture.Cases("leader", s => s.AddExtensionAsync(c.Id, new AddExtensionDto("11/QĐ-GH", 30, "Nội dung phức tạp", fixture.Today, c.ConcurrencyStamp)));
        c.Extensions.Count.ShouldBe(1);
        var stamp = c.ConcurrencyStamp;
        var error = await Should.ThrowAsync<BusinessException>(() => fixture.Cases("leader", s => s.AddExtensionAsync(c.Id, new AddExtensionDto("12/QĐ-GH", 5, "Lần hai", fixture.Today, stamp))));
        error.Code.ShouldBe(CaseErrorCodes.ExtensionLimitReached);
        var text = await fixture.RunAsAsync("admin", sp => Task.FromResult(sp.GetRequiredService<global::InspectionSuite.Localization.InspectionSuiteLocalizer>().Error(error.Code, error.Args)));
        text.ShouldContain("chỉ được gia hạn 1 lần");
        text.ShouldContain("Luật Thanh tra 84/2025/QH15"); // the article, from the definition
        (await fixture.Get(c.Id)).Extensions.Count.ShouldBe(1);
    }

    [Fact]
    public async Task Results_report_within_20_working_days_of_the_on_site_end()
    {
        var (calc, limits, _) = await V2();
        limits.ResultsReport!.Days.ShouldBe(20);
        var c = Reporting(new DateOnly(2026, 8, 20)); // 20 working days skip 1/9 and 2/9 → Mon 21/9
        calc.Compute(c, limits, new DateOnly(2026, 9, 21)).ResultsReportDue.ShouldBe(new DateOnly(2026, 9, 21));
        calc.Compute(c, limits, new DateOnly(2026, 9, 21)).ResultsReportOverdue.ShouldBeFalse();
        calc.Compute(c, limits, new DateOnly(2026, 9, 22)).ResultsReportOverdue.ShouldBeTrue();
    }

    [Fact]
    public async Task Draft_conclusion_within_5_working_days_of_the_results_report_dieu_34()
    {
        var (calc, limits, _) = await V2();
        limits.DraftConclusion!.Days.ShouldBe(5);
        limits.DraftConclusion.IsWorking.ShouldBeTrue();
        limits.DraftConclusion.Article.ShouldContain("Điều 34");
        // Report Fri 24/4/2026: 27/4, 30/4, 1/5 and the weekend skipped → Wed 6/5 (1/5 without the holidays).
        var inTime = Concluding(new DateOnly(2026, 4, 24));
        inTime.RecordDraftConclusion(new DateOnly(2026, 5, 6), "Dự thảo");
        var d = calc.Compute(inTime, limits, new DateOnly(2026, 5, 20));
        d.DraftConclusionDue.ShouldBe(new DateOnly(2026, 5, 6));
        d.DraftConclusionOverdue.ShouldBeFalse();
        var late = Concluding(new DateOnly(2026, 4, 24));
        late.RecordDraftConclusion(new DateOnly(2026, 5, 7), "Dự thảo");
        calc.Compute(late, limits, new DateOnly(2026, 5, 20)).DraftConclusionOverdue.ShouldBeTrue();
    }

    [Fact]
    public async Task Conclusion_signed_within_15_calendar_days_of_the_draft_dieu_36()
    {
        var (calc, limits, _) = await V2();
        limits.Conclusion!.Days.ShouldBe(15);
        limits.Conclusion.IsWorking.ShouldBeFalse(); // "ngày", not "ngày làm việc": holidays count
        InspectionCase Signed(DateOnly on)
        {
            var c = Concluding(new DateOnly(2026, 4, 17));
            c.RecordDraftConclusion(new DateOnly(2026, 4, 20), "Dự thảo");
            c.RecordAppraisal(Guid.NewGuid(), new DateOnly(2026, 4, 22), "Phòng Pháp chế", "Đồng ý");
            c.RecordConclusion(Guid.NewGuid(), "09/KL", on, "Chánh Thanh tra", "Kết luận");
            return c;
        }
        var d = calc.Compute(Signed(new DateOnly(2026, 5, 5)), limits, new DateOnly(2026, 5, 20));
        d.ConclusionDue.ShouldBe(new DateOnly(2026, 5, 5));
        d.ConclusionOverdue.ShouldBeFalse();
        calc.Compute(Signed(new DateOnly(2026, 5, 6)), limits, new DateOnly(2026, 5, 20)).ConclusionOverdue.ShouldBeTrue();
    }

    [Fact]
    public async Task Publication_at_least_15_consecutive_days_from_the_definition_parameter()
    {
        var c = await fixture.CaseIn(CaseStates.Concluding);
        c = await fixture.Cases("inspector", s => s.RecordDraftConclusionAsync(c.Id, new RecordDraftConclusionDto(fixture.Today, "Dự thảo", c.ConcurrencyStamp)));
        c = await fixture.Cases("supervisor", s => s.RecordAppraisalAsync(c.Id, new RecordAppraisalDto(fixture.Today, "Phòng Pháp chế", "Đồng ý", c.ConcurrencyStamp)));
        c = await fixture.Cases("leader", s => s.RecordConclusionAsync(c.Id, new RecordConclusionDto("09/KL", fixture.Today, "Chánh Thanh tra", "Kết luận", c.ConcurrencyStamp)));
        c = await fixture.Cases("supervisor", s => s.RecordPublicationAsync(c.Id, new RecordPublicationDto("Cổng TTĐT", fixture.Today, fixture.Today.AddDays(13), c.ConcurrencyStamp)));
        var refused = await Should.ThrowAsync<BusinessException>(() => fixture.Fire(c.Id, CaseTriggers.Publish, "supervisor"));
        refused.Code.ShouldBe(CaseErrorCodes.PublicationTooShort);
        refused.Args.ShouldBe([15, 14]);
        c = await fixture.Cases("supervisor", s => s.RecordPublicationAsync(c.Id, new RecordPublicationDto("Cổng TTĐT", fixture.Today, fixture.Today.AddDays(14), c.ConcurrencyStamp)));
        (await fixture.Fire(c.Id, CaseTriggers.Publish, "supervisor")).State.ShouldBe(CaseStates.Published);
    }

    /// <summary>The last instant of a day in Vietnam: a task is in time for the whole of its last day.</summary>
    private static DateTime EndOfLocalDay(DateOnly day) => DateTime.SpecifyKind(day.AddDays(1).ToDateTime(TimeOnly.MinValue) - VietnamTime.Offset, DateTimeKind.Utc).AddTicks(-1);

    [Fact]
    public async Task Tasks_of_the_decision_maker_and_the_follow_up_letters_are_due_by_their_limits_dieu_36_52_53()
    {
        var c = await fixture.CaseIn(CaseStates.Concluding);
        var tasks = await fixture.RunAsAsync("admin", sp => sp.GetRequiredService<IWorkflowInstanceQueries>().GetTasksAsync(c.WorkflowInstanceId!.Value));
        var open = tasks.Where(t => t.Status == "Open" && t.State == CaseStates.Concluding).ToList();
        var sign = open.Single(t => t.Name == "SignConclusion");
        sign.AssigneeRole.ShouldBe(InspectionSuiteRoles.Leadership);
        sign.DueAtUtc.ShouldBe(EndOfLocalDay(VietnamTime.DateOf(sign.CreatedAtUtc).AddDays(15))); // 15 calendar days, to the end of the last day
        open.Single(t => t.Name == "AppraiseDraft").AssigneeRole.ShouldBe(InspectionSuiteRoles.Supervisor);
        var draft = open.Single(t => t.Name == "DraftConclusion");
        DateOnly.FromDateTime(draft.DueAtUtc.AddHours(7)).ShouldBe(await fixture.RunAsAsync("admin", sp =>
            Task.FromResult(sp.GetRequiredService<CaseDeadlineCalculator>().Add(DateOnly.FromDateTime(draft.CreatedAtUtc.AddHours(7)), 5, working: true))));

        c = await fixture.CaseIn(CaseStates.FollowUp);
        tasks = await fixture.RunAsAsync("admin", sp => sp.GetRequiredService<IWorkflowInstanceQueries>().GetTasksAsync(c.WorkflowInstanceId!.Value));
        var letter = tasks.Single(t => t.Name == "RecommendationLetter" && t.Status == "Open");
        letter.AssigneeRole.ShouldBe(InspectionSuiteRoles.Leadership);
        letter.DueAtUtc.ShouldBe(EndOfLocalDay(VietnamTime.DateOf(letter.CreatedAtUtc).AddDays(15))); // 15 calendar days, to the end of the last day
        var direction = tasks.Single(t => t.Name == "TrackDirection" && t.Status == "Open");
        direction.DueAtUtc.ShouldBe(EndOfLocalDay(VietnamTime.DateOf(direction.CreatedAtUtc).AddDays(15))); // 15 calendar days, to the end of the last day
    }
}
