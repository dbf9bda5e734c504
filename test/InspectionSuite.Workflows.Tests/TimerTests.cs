using CsCheck;
using InspectionSuite.Workflows.Definitions;
using InspectionSuite.Workflows.Persistence;
using InspectionSuite.Workflows.Timers;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Shouldly;

namespace InspectionSuite.Workflows.Tests;

public sealed class TimerTests : WorkflowTestBase
{
    /// <summary>20 working days from Fri 28/8/2026 skipping 1–2/9: the end of Tue 29/9 in Vietnam (one tick before 00:00 of 30/9, 17:00 UTC).</summary>
    private static readonly DateTime ReportDue = new DateTime(2026, 9, 29, 17, 0, 0, DateTimeKind.Utc).AddTicks(-1);

    [Fact]
    public void Should_skip_weekends_and_holidays_when_counting_working_days()
    {
        var options = new WorkflowRuntimeOptions();
        options.Holidays.AddRange([new DateOnly(2027, 2, 5), new DateOnly(2027, 2, 8), new DateOnly(2027, 2, 9), new DateOnly(2027, 2, 10), new DateOnly(2027, 2, 11)]);
        var calendar = new WorkingCalendar(options);
        var thursdayBeforeTet = new DateTime(2027, 2, 4, 2, 0, 0, DateTimeKind.Utc);

        // Due at the end of the last day in Vietnam (17:00 UTC is 00:00 of the next local day), whatever the hour it started.
        calendar.AddDuration(thursdayBeforeTet, new DurationModel { Days = 2, Kind = "working" }).ShouldBe(EndOfLocalDay(2027, 2, 15));
        calendar.AddDuration(thursdayBeforeTet, new DurationModel { Days = 2, Kind = "calendar" }).ShouldBe(EndOfLocalDay(2027, 2, 6));
        // Local date decides: 23:00 UTC Friday is already Saturday 06:00 in Vietnam, so one working day is Monday.
        calendar.AddWorkingDays(new DateTime(2027, 1, 22, 23, 0, 0, DateTimeKind.Utc), 1).ShouldBe(EndOfLocalDay(2027, 1, 25));
        // A Friday 16:00 UTC (23:00 local) start: one working day later is Monday, to its end.
        calendar.AddWorkingDays(new DateTime(2027, 1, 22, 16, 0, 0, DateTimeKind.Utc), 1).ShouldBe(EndOfLocalDay(2027, 1, 25));
    }

    /// <summary>
    /// For every start instant and limit: the due time is the last instant of a Vietnam day (the next tick is 00:00 there),
    /// after the start; it depends only on the start's Vietnam date, not its hour; a working limit ends on a working day
    /// with exactly that many working days after the start day; and its date is the case page's last day
    /// (<see cref="WorkingCalendar.LastDay"/>, which CaseDeadlineCalculator.Add uses).
    /// </summary>
    [Fact]
    public void Should_put_every_due_time_at_the_end_of_a_vietnam_day_whatever_the_start_hour()
    {
        var options = new WorkflowRuntimeOptions();
        options.Holidays.AddRange([new DateOnly(2026, 9, 1), new DateOnly(2026, 9, 2), new DateOnly(2027, 2, 5), new DateOnly(2027, 2, 8), new DateOnly(2027, 2, 9)]);
        var calendar = new WorkingCalendar(options);
        var from = new DateTime(2026, 1, 1, 0, 0, 0, DateTimeKind.Utc);
        Gen.Select(Gen.Int[0, 800 * 24 * 60], Gen.Int[0, 24 * 60 - 1], Gen.Int[0, 60], Gen.Bool).Sample((startMinute, otherMinuteOfDay, days, working) =>
        {
            var start = from.AddMinutes(startMinute);
            var duration = new DurationModel { Days = days, Kind = working ? "working" : "calendar" };
            var due = calendar.AddDuration(start, duration);
            var startDay = VietnamTime.DateOf(start);
            var lastDay = VietnamTime.DateOf(due);

            due.Kind.ShouldBe(DateTimeKind.Utc);
            VietnamTime.FromUtc(due.AddTicks(1)).ShouldBe(lastDay.AddDays(1).ToDateTime(TimeOnly.MinValue)); // next tick: 00:00 of the next day
            due.ShouldBeGreaterThan(start);
            lastDay.ShouldBe(calendar.LastDay(startDay, days, working));
            // Another hour of the same Vietnam day: the same due time.
            var sameDay = DateTime.SpecifyKind(startDay.ToDateTime(TimeOnly.MinValue).AddMinutes(otherMinuteOfDay) - VietnamTime.Offset, DateTimeKind.Utc);
            calendar.AddDuration(sameDay, duration).ShouldBe(due);
            if (!working) lastDay.ShouldBe(startDay.AddDays(days));
            else
            {
                var workingDaysAfterStart = Enumerable.Range(1, lastDay.DayNumber - startDay.DayNumber).Count(n => calendar.IsWorkingDay(startDay.AddDays(n)));
                workingDaysAfterStart.ShouldBe(days);
                if (days > 0) calendar.IsWorkingDay(lastDay).ShouldBeTrue();
            }
        });
    }

    private static DateTime EndOfLocalDay(int year, int month, int day)
        => new DateTime(year, month, day, 17, 0, 0, DateTimeKind.Utc).AddTicks(-1); // 00:00 of the next day in Vietnam (UTC+7), minus one tick

    /// <summary>
    /// A task is overdue only after its last day: created at 09:00 (Vietnam), it keeps the whole of its last day
    /// (23:00 is still in time) and is overdue from 00:00 of the next day — the hour it was created does not matter.
    /// </summary>
    [Theory]
    [InlineData(2)]  // 09:00 in Vietnam
    [InlineData(16)] // 23:00 in Vietnam
    [InlineData(17)] // 00:00 of the next day in Vietnam
    public async Task Should_keep_a_task_in_time_until_the_end_of_its_last_day_in_vietnam(int createdAtUtcHour)
    {
        F.Time.SetUtcNow(new DateTimeOffset(2026, 8, 28, 0, 0, 0, TimeSpan.Zero).AddHours(createdAtUtcHour));
        var created = VietnamTime.DateOf(F.Time.GetUtcNow().UtcDateTime);
        var i = await F.CaseInReporting("case-1");
        var task = (await F.Host.Run((r, _) => r.Queries.GetTasksAsync(i.Id))).Single(t => t.Name == "WriteReport");
        var lastDay = new DateOnly(2026, 9, 29); // 20 working days after Fri 28/8 or Sat 29/8, skipping 1–2/9
        VietnamTime.DateOf(task.DueAtUtc).ShouldBe(lastDay);
        created.ShouldBeLessThan(lastDay);

        F.Time.SetUtcNow(new DateTimeOffset(lastDay.ToDateTime(new TimeOnly(23, 0)), VietnamTime.Offset));
        await F.Host.RunDueTimersAsync();
        (await F.Host.Run((r, _) => r.Queries.GetTasksAsync(i.Id))).Single(t => t.Id == task.Id).IsOverdue.ShouldBeFalse();

        F.Time.SetUtcNow(new DateTimeOffset(lastDay.AddDays(1).ToDateTime(TimeOnly.MinValue), VietnamTime.Offset));
        await F.Host.RunDueTimersAsync();
        (await F.Host.Run((r, _) => r.Queries.GetTasksAsync(i.Id))).Single(t => t.Id == task.Id).IsOverdue.ShouldBeTrue();
    }

    [Fact]
    public async Task Should_set_the_report_deadline_in_working_days_across_national_day()
    {
        var i = await F.CaseInReporting("case-1");

        var bookmark = await F.Host.Run((_, db) => db.Set<WorkflowBookmark>().SingleAsync(b => b.InstanceId == i.Id && b.Status == BookmarkStatus.Pending));

        bookmark.Name.ShouldBe("ReportDue");
        bookmark.DueAtUtc.ShouldBe(ReportDue); // 20 working days from Fri 28/8/2026 skipping 1–2/9 (25/9 without them)
    }

    [Fact]
    public async Task Should_escalate_an_expired_deadline_once_flagging_tasks_and_notifying()
    {
        var i = await F.CaseInReporting("case-1");
        F.Time.SetUtcNow(ReportDue.AddMinutes(-1));
        (await F.Host.RunDueTimersAsync()).ShouldBe(0);

        F.Time.SetUtcNow(ReportDue.AddMinutes(1));
        (await F.Host.RunDueTimersAsync()).ShouldBe(1);
        (await F.Host.RunDueTimersAsync()).ShouldBe(0);

        F.Probe.Escalations.ShouldBe(1);
        var notice = F.Notifier.Notices.Single();
        (notice.InstanceId, notice.Deadline).ShouldBe((i.Id, "ReportDue"));
        notice.Recipients.ShouldBe(["Supervisor"]);
        (await F.Host.Run((r, _) => r.Queries.GetTasksAsync(i.Id))).Single(t => t.Name == "WriteReport").IsOverdue.ShouldBeTrue();
        var last = (await F.Host.Run((r, _) => r.Queries.GetJournalAsync(i.Id))).Last();
        (last.Kind, last.Trigger, last.ActorId).ShouldBe((JournalKind.Escalation, "ReportDue", "system"));
        (await F.Host.Run((_, db) => db.Set<WorkflowInstanceData>().SingleAsync(d => d.InstanceId == i.Id))).VariablesJson.ShouldContain("\"reportOverdue\":true");
        (await F.Reload(i.Id)).State.ShouldBe("Reporting");
    }

    [Fact]
    public async Task Should_fire_the_deadline_trigger_when_on_site_time_runs_out()
    {
        var i = await F.StartCase("case-1");
        await F.Fire(i.Id, "Decide");
        await F.Fire(i.Id, "Announce");

        // 45 calendar days from Fri 28/8 09:00: in time for the whole of 12/10 (Vietnam), run out at 00:00 of 13/10.
        F.Time.SetUtcNow(new DateTimeOffset(2026, 10, 12, 23, 59, 0, VietnamTime.Offset));
        (await F.Host.RunDueTimersAsync()).ShouldBe(0);
        F.Time.SetUtcNow(new DateTimeOffset(2026, 10, 13, 0, 0, 0, VietnamTime.Offset));
        (await F.Host.RunDueTimersAsync()).ShouldBe(1);

        var after = await F.Reload(i.Id);
        after.State.ShouldBe("Reporting");
        var last = (await F.Host.Run((r, _) => r.Queries.GetJournalAsync(i.Id))).Last();
        (last.Kind, last.Trigger, last.ActorId).ShouldBe((JournalKind.Transition, "EndOnSite", "system"));
    }

    [Fact]
    public async Task Should_not_fire_a_deadline_of_a_state_already_left()
    {
        var i = await F.StartCase("case-1");
        await F.Fire(i.Id, "Decide");
        await F.Fire(i.Id, "Announce");
        await F.Fire(i.Id, "EndOnSite"); // leaves OnSite before its 45 days

        F.Time.Advance(TimeSpan.FromDays(46));
        await F.Host.RunDueTimersAsync(); // only ReportDue may fire (it is due too by now)

        (await F.Host.Run((r, _) => r.Queries.GetJournalAsync(i.Id))).Count(j => j.Trigger == "EndOnSite").ShouldBe(1);
        (await F.Host.Run((_, db) => db.Set<WorkflowBookmark>().SingleAsync(b => b.Name == "OnSiteEnds"))).Status.ShouldBe(BookmarkStatus.Cancelled);
    }

    [Fact]
    public async Task Should_fire_each_due_timer_exactly_once_with_two_hosts_on_one_database()
    {
        var second = F.NewHost("host-2");
        var ids = new List<Guid>();
        for (var n = 0; n < 8; n++) ids.Add((await F.CaseInReporting($"case-{n}")).Id);
        F.Time.SetUtcNow(ReportDue.AddHours(1));

        var processed = 0;
        for (var round = 0; round < 3; round++)
        {
            var counts = await Task.WhenAll(Task.Run(() => F.Host.RunDueTimersAsync()), Task.Run(() => second.RunDueTimersAsync()));
            processed += counts.Sum();
        }

        processed.ShouldBe(8);
        F.Probe.Escalations.ShouldBe(8);
        F.Notifier.Notices.Count.ShouldBe(8);
        var escalations = await F.Host.Run((_, db) => db.Set<WorkflowJournalEntry>().Where(j => j.Kind == JournalKind.Escalation).GroupBy(j => j.InstanceId).Select(g => g.Count()).ToListAsync());
        escalations.Count.ShouldBe(8);
        escalations.ShouldAllBe(c => c == 1);
        var by = await F.Host.Run((_, db) => db.Set<WorkflowBookmark>().Where(b => b.Status == BookmarkStatus.Done).Select(b => b.ProcessedBy).ToListAsync());
        by.Count.ShouldBe(8);
    }

    [Fact]
    public async Task Should_fire_a_timer_that_fell_due_while_no_host_ran_at_the_next_start()
    {
        var i = await F.CaseInReporting("case-1");
        await F.Host.DisposeAsync(); // the app stops
        F.Time.SetUtcNow(ReportDue.AddDays(3)); // ... and is down when the deadline passes

        await using var restarted = new TestHost(F.DbPath, F.Time, F.Probe, F.Notifier, "host-restarted");
        var hosted = restarted.Services.GetServices<Microsoft.Extensions.Hosting.IHostedService>().OfType<WorkflowTimerHost>().Single();
        await hosted.StartAsync(CancellationToken.None);
        try
        {
            var deadline = DateTime.UtcNow.AddSeconds(20);
            // The notice goes out after the commit, so it marks a finished escalation.
            while (F.Notifier.Notices.IsEmpty && DateTime.UtcNow < deadline) await Task.Delay(50);
        }
        finally { await hosted.StopAsync(CancellationToken.None); }

        F.Probe.Escalations.ShouldBe(1);
        (await restarted.Run((r, _) => r.Queries.GetJournalAsync(i.Id))).Last().Kind.ShouldBe(JournalKind.Escalation);
        (await restarted.Run((_, db) => db.Set<WorkflowBookmark>().SingleAsync(b => b.InstanceId == i.Id && b.Name == "ReportDue"))).ProcessedBy.ShouldBe("host-restarted");
    }

    [Fact]
    public async Task Should_record_a_timer_incident_when_escalation_throws_and_rearm_on_retry()
    {
        var i = await F.CaseInReporting("case-1");
        await F.Host.Run(async (_, db) =>
        {
            // Make the escalation fail: its instance variables are not a JSON object.
            var data = await db.Set<WorkflowInstanceData>().SingleAsync(d => d.InstanceId == i.Id);
            data.VariablesJson = "[]";
            await db.SaveChangesAsync();
        });
        F.Time.SetUtcNow(ReportDue.AddHours(1));

        (await F.Host.RunDueTimersAsync()).ShouldBe(0);
        var incident = (await F.Host.Run((r, _) => r.Queries.GetOpenIncidentsAsync(i.Id))).Single();
        incident.Kind.ShouldBe("Timer");
        (await F.Host.Run((_, db) => db.Set<WorkflowBookmark>().SingleAsync(b => b.Id == incident.BookmarkId))).Status.ShouldBe(BookmarkStatus.Faulted);
        (await F.Host.RunDueTimersAsync()).ShouldBe(0); // a faulted timer waits for the retry

        await F.Host.Run(async (_, db) =>
        {
            var data = await db.Set<WorkflowInstanceData>().SingleAsync(d => d.InstanceId == i.Id);
            data.VariablesJson = "{}";
            await db.SaveChangesAsync();
        });
        await F.Host.Run((r, _) => r.Alterations.RetryIncidentAsync(incident.Id, Actors.Supervisor));
        (await F.Host.RunDueTimersAsync()).ShouldBe(1);
        F.Probe.Escalations.ShouldBe(1);
    }
}
