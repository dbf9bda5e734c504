using InspectionSuite.Application.Tests.Cases;
using InspectionSuite.Cases;
using InspectionSuite.Oversight;
using InspectionSuite.Workflows.Persistence;
using Microsoft.Extensions.DependencyInjection;
using Shouldly;
using Xunit;

namespace InspectionSuite.Application.Tests.Oversight;

public sealed class OverdueAndReassignTests(CaseFixture fixture) : IClassFixture<CaseFixture>
{
    private IOversightAppService As(IServiceProvider sp) => sp.GetRequiredService<IOversightAppService>();

    [Fact]
    public async Task Should_list_overdue_tasks_across_cases_paged_and_reassign_one()
    {
        var first = await fixture.NewCase(CaseKind.Inspection, "P01");
        var second = await fixture.NewCase(CaseKind.Check, "P02");
        (await fixture.RunAsAsync("supervisor", sp => As(sp).GetOverdueBoardAsync(new GetOverdueBoardInput()))).Items
            .ShouldNotContain(i => i.CaseId == first.Id); // not due yet

        fixture.Clock.Advance(TimeSpan.FromDays(40)); // past the 10 working days of "IssueDecision"
        var now = fixture.Clock.GetUtcNow().UtcDateTime;
        var expected = await fixture.RunAsAsync("admin", async sp =>
        {
            var tasks = sp.GetRequiredService<IRepository<WorkflowHumanTask>>();
            return await tasks.CountAsync(tasks.Query().Where(t => t.Status == HumanTaskStatus.Open && t.DueAtUtc < now));
        });
        var board = await fixture.RunAsAsync("supervisor", sp => As(sp).GetOverdueBoardAsync(new GetOverdueBoardInput { MaxResultCount = 1 }));
        board.TotalCount.ShouldBe(expected);
        board.TotalCount.ShouldBeGreaterThanOrEqualTo(2);
        board.Items.Count.ShouldBe(1);
        var all = await fixture.RunAsAsync("supervisor", sp => As(sp).GetOverdueBoardAsync(new GetOverdueBoardInput { MaxResultCount = 200 }));
        all.Items.Select(i => i.DueAtUtc).ShouldBeInOrder();
        var item = all.Items.First(i => i.CaseId == second.Id);
        item.CaseCode.ShouldBe(second.Code);
        item.DaysOverdue.ShouldBeGreaterThan(0);
        item.AssigneeRole.ShouldBe(InspectionSuiteRoles.Supervisor);
        item.TaskName.ShouldBe("IssueDecision");
        item.TaskLabel.ShouldBe("Ban hành quyết định kiểm tra, thành lập đoàn"); // from the pinned definition version (noi-vu.check v2)

        var inspector2 = await fixture.UserIdAsync("inspector2");
        var moved = await fixture.RunAsAsync("supervisor", sp => As(sp).ReassignTaskAsync(item.TaskId, new ReassignTaskDto(inspector2, null)));
        moved.AssigneeUserId.ShouldBe(inspector2);
        moved.AssigneeName.ShouldBe("Lê Văn Kiểm");
        moved.Label.ShouldBe(item.TaskLabel);
        var tasks = await fixture.RunAsAsync("supervisor", sp => As(sp).GetCaseTasksAsync(second.Id));
        tasks.ShouldContain(t => t.TaskId == moved.TaskId && t.AssigneeUserId == inspector2);
        tasks.ShouldNotContain(t => t.TaskId == item.TaskId); // the old task was closed as reassigned

        await Should.ThrowAsync<BusinessException>(() => fixture.RunAsAsync("supervisor", sp => As(sp).ReassignTaskAsync(item.TaskId, new ReassignTaskDto(inspector2, null))));
        await Should.ThrowAsync<BusinessException>(() => fixture.RunAsAsync("supervisor", sp => As(sp).ReassignTaskAsync(moved.TaskId, new ReassignTaskDto(Guid.NewGuid(), null))));
        await Should.ThrowAsync<ForbiddenException>(() => fixture.RunAsAsync("inspector", sp => As(sp).ReassignTaskAsync(moved.TaskId, new ReassignTaskDto(inspector2, null))));
        await Should.ThrowAsync<ForbiddenException>(() => fixture.RunAsAsync("leader", sp => As(sp).GetCaseTasksAsync(second.Id)));
    }

    /// <summary>
    /// The end-of-day rule on the supervisor's board: a task is not listed at 23:00 (Vietnam) of its last day, is listed
    /// from 00:00 of the next day as one day late (still one at 23:00), and two from 00:00 of the day after — whole
    /// Vietnam days, as the board's other items count.
    /// </summary>
    [Fact]
    public async Task Should_list_a_task_only_after_its_last_day_and_count_whole_vietnam_days_late()
    {
        var c = await fixture.NewCase(CaseKind.Check, "P02");
        var task = (await fixture.RunAsAsync("supervisor", sp => As(sp).GetCaseTasksAsync(c.Id))).OrderBy(t => t.DueAtUtc).First();
        var lastDay = VietnamTime.DateOf(task.DueAtUtc);
        static DateTimeOffset At(DateOnly day, int hour) => new(day.ToDateTime(new TimeOnly(hour, 0)), VietnamTime.Offset);
        async Task<OverdueItemDto?> OnBoard() => (await fixture.RunAsAsync("supervisor", sp => As(sp).GetOverdueBoardAsync(new GetOverdueBoardInput { MaxResultCount = 1000 })))
            .Items.SingleOrDefault(i => i.TaskId == task.TaskId);

        fixture.Clock.SetUtcNow(At(lastDay, 23));
        (await OnBoard()).ShouldBeNull($"in time until the end of {lastDay:dd/MM/yyyy}");
        fixture.Clock.SetUtcNow(At(lastDay.AddDays(1), 0));
        (await OnBoard()).ShouldNotBeNull().DaysOverdue.ShouldBe(1);
        fixture.Clock.SetUtcNow(At(lastDay.AddDays(1), 23));
        (await OnBoard()).ShouldNotBeNull().DaysOverdue.ShouldBe(1);
        fixture.Clock.SetUtcNow(At(lastDay.AddDays(2), 0));
        (await OnBoard()).ShouldNotBeNull().DaysOverdue.ShouldBe(2);
    }
}
