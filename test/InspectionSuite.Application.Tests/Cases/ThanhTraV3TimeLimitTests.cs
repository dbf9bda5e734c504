using InspectionSuite.Cases;
using InspectionSuite.Organization;
using InspectionSuite.Workflows;
using InspectionSuite.Workflows.Contracts;
using InspectionSuite.Workflows.Definitions;
using InspectionSuite.Workflows.Persistence;
using InspectionSuite.Workflows.Services;
using InspectionSuite.Workflows.Timers;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using Shouldly;
using Xunit;

namespace InspectionSuite.Application.Tests.Cases;

/// <summary>
/// Issue 14, "one test per time limit (boundary day in, day out, with holidays)", for every limit in
/// <c>$.limits</c> of thanh-tra.inspection v3 (the version new inspections run on). Every window starts on Thursday
/// 27/8/2026 at 09:00 in Vietnam and crosses Quốc khánh (Tuesday 1/9 and Wednesday 2/9, holidays the app configures),
/// so a limit in working days ends later than it would without them and a limit in calendar days counts them.
/// The last day in time below is counted by hand from the table in docs/cases.md; the numbers themselves are read from
/// the definition and compared with the table, so a changed parameter fails here with its name.
/// </summary>
public sealed class ThanhTraV3TimeLimitTests(CaseFixture fixture) : IClassFixture<CaseFixture>
{
    private static readonly DateTimeOffset Start = new(2026, 8, 27, 2, 0, 0, TimeSpan.Zero); // 09:00 in Vietnam
    private static readonly DateOnly StartDay = new(2026, 8, 27);
    private static readonly TimeSpan Vietnam = TimeSpan.FromHours(7);

    /// <summary>Each limit: its kind and days (as in docs/cases.md) and the last day in time for a window opened at <see cref="Start"/>.</summary>
    private static readonly (string Limit, string Kind, int Days, DateOnly? LastDayIn)[] Expected =
    [
        ("Decision", "working", 10, new(2026, 9, 14)),
        ("WorkPlan", "working", 5, new(2026, 9, 7)), // Thursday 3/9 without the two holidays
        ("Announcement", "calendar", 15, new(2026, 9, 11)),
        ("OnSiteStart", "working", 5, new(2026, 9, 7)),
        ("InspectionPeriod", "working", 45, new(2026, 11, 2)),
        ("Extension", "working", 30, null), // a cap on the extension, not a window: see Extension_of_at_most_30_working_days_moves_the_period_end
        ("ExtensionDecision", "working", 5, new(2026, 9, 7)),
        ("ResultsReport", "working", 20, new(2026, 9, 28)),
        ("DraftConclusion", "working", 5, new(2026, 9, 7)),
        ("Appraisal", "working", 10, new(2026, 9, 14)),
        ("ConclusionSigned", "calendar", 15, new(2026, 9, 11)),
        ("PublicationMinimum", "calendar", 15, null), // a length, not a window: see Publication_of_15_consecutive_days_counts_the_holidays
        ("Sanctions", "working", 15, new(2026, 9, 21)),
        ("RecommendationLetter", "calendar", 15, new(2026, 9, 11)),
        ("Direction", "calendar", 15, new(2026, 9, 11)),
        ("UnitReport", "calendar", 60, new(2026, 10, 26)),
        ("FollowUp", "calendar", 90, new(2026, 11, 25)),
    ];

    private Task<CompiledDefinition> V3()
        => fixture.RunAsAsync("admin", sp => sp.GetRequiredService<WorkflowDefinitionService>().GetPublishedAsync(CaseWorkflows.InspectionDefinitionId, 3, default));

    private static DateOnly LocalDay(DateTime utc) => DateOnly.FromDateTime(utc + Vietnam);
    private static DateTimeOffset LocalMidnight(DateOnly day) => new(day.ToDateTime(TimeOnly.MinValue), Vietnam);

    private void AtStart()
    {
        if (fixture.Clock.GetUtcNow() < Start) fixture.Clock.SetUtcNow(Start);
    }

    [Fact]
    public async Task Every_limit_of_v3_is_listed_here_with_the_days_kind_and_article_of_the_definition()
    {
        var limits = (await V3()).Model.Limits;
        limits.Keys.ShouldBe(Expected.Select(e => e.Limit), ignoreOrder: true, "a limit without a boundary test here, or one removed from v3");
        foreach (var (name, kind, days, _) in Expected)
        {
            limits[name].Days.ShouldBe(days, name);
            limits[name].Kind.ShouldBe(kind, name);
            limits[name].Article.ShouldNotBeNullOrWhiteSpace(name);
        }
    }

    [Fact]
    public async Task The_runtime_and_the_case_deadlines_count_each_limit_to_the_same_last_day_across_the_holidays()
    {
        var def = await V3();
        var (calendar, calculator) = await fixture.RunAsAsync("admin", sp => Task.FromResult((sp.GetRequiredService<WorkingCalendar>(), sp.GetRequiredService<CaseDeadlineCalculator>())));
        var withoutHolidays = new WorkingCalendar(new WorkflowRuntimeOptions());
        foreach (var (name, _, _, lastDayIn) in Expected.Where(e => e.LastDayIn is not null))
        {
            var limit = def.Model.Limits[name];
            var duration = new DurationModel { Days = limit.Days, Kind = limit.Kind };
            var due = calendar.AddDuration(Start.UtcDateTime, duration);
            LocalDay(due).ShouldBe(lastDayIn!.Value, name);
            calculator.Add(StartDay, limit.Days, limit.IsWorking).ShouldBe(lastDayIn.Value, name); // the case page's clock agrees
            // The holiday is inside every window: working days skip it (the end moves), calendar days count it (it does not).
            if (limit.IsWorking) LocalDay(withoutHolidays.AddDuration(Start.UtcDateTime, duration)).ShouldBeLessThan(lastDayIn.Value, name);
            else LocalDay(withoutHolidays.AddDuration(Start.UtcDateTime, duration)).ShouldBe(lastDayIn.Value, name);
        }
    }

    /// <summary>
    /// The runtime end to end: cases driven into every state at <see cref="Start"/>, each open task with a limit is due on
    /// its last day in time; the timers run at the start of that day and at 23:00 leave it in time, at the start of the next day flag it
    /// overdue — also where the state has a deadline for another, shorter limit (Concluding: the draft's 5 working days
    /// end before the appraisal's 10 and the signature's 15 calendar days).
    /// </summary>
    [Fact]
    public async Task Every_task_with_a_limit_is_in_time_on_its_last_day_and_overdue_from_the_next_day()
    {
        AtStart();
        var def = await V3();
        var limitOfTask = def.Model.States.SelectMany(s => s.HumanTasks).Where(h => h.Due.Limit is not null).GroupBy(h => h.Name).ToDictionary(g => g.Key, g => g.First().Due.Limit!);
        var lastDayIn = Expected.Where(e => e.LastDayIn is not null).ToDictionary(e => e.Limit, e => e.LastDayIn!.Value);

        var cases = new List<CaseDto> { await fixture.NewCase(withDecisionAndTeam: false) };
        foreach (var state in new[] { CaseStates.Decided, CaseStates.Announced, CaseStates.OnSite, CaseStates.Reporting, CaseStates.Concluding, CaseStates.Published, CaseStates.Sanctioning, CaseStates.FollowUp })
            cases.Add(await fixture.CaseIn(state));
        var onSite = cases.Single(c => c.State == CaseStates.OnSite);
        await fixture.RunAsAsync("inspector", sp => sp.GetRequiredService<ICaseLawAppService>().RequestExtensionAsync(onSite.Id, new RequestExtensionDto(10, "Khối lượng hồ sơ lớn", onSite.ConcurrencyStamp)));

        async Task<List<HumanTaskInfo>> OpenTasks()
        {
            var all = new List<HumanTaskInfo>();
            foreach (var c in cases)
            {
                var instance = await fixture.RunAsAsync("admin", sp => sp.GetRequiredService<IWorkflowInstanceQueries>().GetInstanceAsync(c.WorkflowInstanceId!.Value));
                instance.DefinitionVersion.ShouldBe(4); // new cases run on v4, whose limits and tasks are v3's (ThanhTraV4Tests pins it)
                all.AddRange((await fixture.RunAsAsync("admin", sp => sp.GetRequiredService<IWorkflowInstanceQueries>().GetTasksAsync(c.WorkflowInstanceId!.Value)))
                    .Where(t => t.Status == HumanTaskStatus.Open && limitOfTask.ContainsKey(t.Name)));
            }
            return all;
        }

        var tasks = await OpenTasks();
        // Every task of v3 that has a limit is among them, so every such limit is probed.
        tasks.Select(t => t.Name).Distinct().ShouldBe(limitOfTask.Keys, ignoreOrder: true);
        foreach (var t in tasks)
        {
            LocalDay(t.DueAtUtc).ShouldBe(lastDayIn[limitOfTask[t.Name]], $"{t.Name} ({limitOfTask[t.Name]})");
            t.IsOverdue.ShouldBeFalse(t.Name);
        }

        // Probe with a clock of its own (the fixture's clock stays at the start): each boundary day, in order.
        var probeClock = new FakeTimeProvider(Start);
        var timers = new WorkflowTimerService(fixture.Services.GetRequiredService<IServiceScopeFactory>(), probeClock,
            fixture.Services.GetRequiredService<WorkflowRuntimeOptions>(), fixture.Services.GetRequiredService<IWorkflowNotifier>());
        var probeDays = lastDayIn.Values.SelectMany(d => new[] { d, d.AddDays(1) }).Distinct().Order();
        foreach (var day in probeDays)
            // At the start of the day and at 23:00 (the tasks were created at 09:00): a task keeps the whole of its last day.
            foreach (var (at, when) in new[] { (LocalMidnight(day), "the start"), (LocalMidnight(day).AddHours(23), "23:00") })
            {
                probeClock.SetUtcNow(at);
                await timers.RunDueTimersAsync(default);
                foreach (var t in await OpenTasks())
                {
                    var last = lastDayIn[limitOfTask[t.Name]];
                    t.IsOverdue.ShouldBe(day > last, $"{t.Name} ({limitOfTask[t.Name]}, last day in {last:dd/MM/yyyy}) at {when} of {day:dd/MM/yyyy}");
                }
            }
    }

    [Fact]
    public async Task Publication_of_15_consecutive_days_counts_the_holidays()
    {
        AtStart();
        var c = await fixture.CaseIn(CaseStates.Concluding);
        var today = fixture.Today;
        today.ShouldBe(StartDay);
        c = await fixture.Cases("inspector", s => s.RecordDraftConclusionAsync(c.Id, new RecordDraftConclusionDto(today, "Dự thảo", c.ConcurrencyStamp)));
        c = await fixture.Cases("supervisor", s => s.RecordAppraisalAsync(c.Id, new RecordAppraisalDto(today, "Phòng Pháp chế", "Đồng ý", c.ConcurrencyStamp)));
        c = await fixture.Cases("leader", s => s.RecordConclusionAsync(c.Id, new RecordConclusionDto("09/KL", today, "Chánh Thanh tra", "Kết luận", c.ConcurrencyStamp)));
        // 27/8 to 9/9 is 14 days, 1/9 and 2/9 included: one short (day out).
        c = await fixture.Cases("supervisor", s => s.RecordPublicationAsync(c.Id, new RecordPublicationDto("Cổng TTĐT", today, new DateOnly(2026, 9, 9), c.ConcurrencyStamp)));
        var refused = await Should.ThrowAsync<BusinessException>(() => fixture.Fire(c.Id, CaseTriggers.Publish, "supervisor"));
        refused.Code.ShouldBe(CaseErrorCodes.PublicationTooShort);
        refused.Args.ShouldBe([15, 14]);
        // 27/8 to 10/9: 15 consecutive days (day in), although only 9 of them are working days.
        c = await fixture.Cases("supervisor", s => s.RecordPublicationAsync(c.Id, new RecordPublicationDto("Cổng TTĐT", today, new DateOnly(2026, 9, 10), c.ConcurrencyStamp)));
        (await fixture.Fire(c.Id, CaseTriggers.Publish, "supervisor")).State.ShouldBe(CaseStates.Published);
    }

    [Fact]
    public async Task Extension_of_at_most_30_working_days_moves_the_period_end_across_the_holidays()
    {
        var def = await V3();
        var calculator = await fixture.RunAsAsync("admin", sp => Task.FromResult(sp.GetRequiredService<CaseDeadlineCalculator>()));
        var limits = CaseDeadlineCalculator.LimitsOf(def);
        limits.FromAnnouncement.ShouldBeTrue();
        var cap = limits.Extension.ShouldNotBeNull();
        (cap.MaxDays, cap.Times).ShouldBe((30, 1));

        var c = new InspectionCase(Guid.NewGuid(), CaseKind.Inspection, AuthorityCode.ThanhTra, Guid.NewGuid(), "Thanh tra thử", null, null, null, null, null);
        c.RecordDecision("01/QĐ-TTr", StartDay.AddDays(-3), "Chánh Thanh tra");
        c.EnterState(CaseStates.Decided, Guid.NewGuid(), StartDay.AddDays(-3));
        c.RecordAnnouncement(StartDay);
        c.EnterState(CaseStates.Announced, Guid.NewGuid(), StartDay);
        c.EnterState(CaseStates.OnSite, Guid.NewGuid(), StartDay.AddDays(1));

        // 45 working days from the announcement on Thursday 27/8 (1/9 and 2/9 skipped): Monday 2/11 in, Tuesday 3/11 out.
        calculator.Compute(c, limits, new DateOnly(2026, 11, 2)).OnSiteDue.ShouldBe(new DateOnly(2026, 11, 2));
        calculator.Compute(c, limits, new DateOnly(2026, 11, 2)).OnSiteOverdue.ShouldBeFalse();
        calculator.Compute(c, limits, new DateOnly(2026, 11, 3)).OnSiteOverdue.ShouldBeTrue();

        Should.Throw<BusinessException>(() => c.AddExtension("11/QĐ-GH", 31, "Nội dung phức tạp", new DateOnly(2026, 10, 20), cap)).Code.ShouldBe(CaseErrorCodes.ExtensionTooLong);
        c.AddExtension("11/QĐ-GH", 30, "Nội dung phức tạp", new DateOnly(2026, 10, 20), cap);
        // 30 more working days: Monday 14/12 in, Tuesday 15/12 out.
        calculator.Compute(c, limits, new DateOnly(2026, 12, 14)).OnSiteDue.ShouldBe(new DateOnly(2026, 12, 14));
        calculator.Compute(c, limits, new DateOnly(2026, 12, 14)).OnSiteOverdue.ShouldBeFalse();
        calculator.Compute(c, limits, new DateOnly(2026, 12, 15)).OnSiteOverdue.ShouldBeTrue();
        Should.Throw<BusinessException>(() => c.AddExtension("12/QĐ-GH", 1, "Lần hai", new DateOnly(2026, 12, 1), cap)).Code.ShouldBe(CaseErrorCodes.ExtensionLimitReached);
    }
}
