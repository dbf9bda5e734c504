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
}
