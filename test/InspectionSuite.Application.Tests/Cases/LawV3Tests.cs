using InspectionSuite.Cases;
using InspectionSuite.Workflows;
using InspectionSuite.Workflows.Contracts;
using Microsoft.Extensions.DependencyInjection;
using Shouldly;
using Xunit;

namespace InspectionSuite.Application.Tests.Cases;

/// <summary>
/// Issue 14, thanh-tra.inspection v3: the team asks for an extension (gia hạn) and Leadership's "Gia hạn" task appears in
/// its inbox until the người ra quyết định grants (within the cap) or refuses; suspension and continuation are decisions
/// of the người ra quyết định (Cases.Decide); the Điều 52 letter completes Leadership's RecommendationLetter task.
/// </summary>
public sealed class LawV3Tests(CaseFixture fixture) : IClassFixture<CaseFixture>
{
    private Task<T> Law<T>(string user, Func<ICaseLawAppService, Task<T>> work) => fixture.RunAsAsync(user, sp => work(sp.GetRequiredService<ICaseLawAppService>()));

    private async Task<IReadOnlyList<InboxItemDto>> InboxOf(string user, Guid caseId)
        => (await fixture.Cases(user, s => s.GetInboxAsync(0, 500))).Items.Where(t => t.CaseId == caseId).ToList();

    private Task<IReadOnlyList<HumanTaskInfo>> TasksOf(CaseDto c)
        => fixture.RunAsAsync("admin", sp => sp.GetRequiredService<IWorkflowInstanceQueries>().GetTasksAsync(c.WorkflowInstanceId!.Value));

    [Fact]
    public async Task New_inspections_run_on_v3_whose_on_site_state_has_the_leaderships_extension_task_on_request()
    {
        var c = await fixture.CaseIn(CaseStates.OnSite);
        var instance = await fixture.RunAsAsync("admin", sp => sp.GetRequiredService<IWorkflowInstanceQueries>().GetInstanceAsync(c.WorkflowInstanceId!.Value));
        instance.DefinitionVersion.ShouldBe(4); // v4 keeps v3's OnSite (only the decision moved to Leadership)
        // Opened on request only: entering OnSite creates no "Gia hạn" task.
        (await TasksOf(c)).ShouldNotContain(t => t.Name == CaseWorkflows.DecideExtensionTask);
        (await InboxOf("leader", c.Id)).ShouldNotContain(t => t.TaskName == CaseWorkflows.DecideExtensionTask);
        (await Law("leader", s => s.GetExtensionRequestAsync(c.Id))).ShouldBeNull();
    }

    [Fact]
    public async Task The_team_requests_an_extension_leadership_sees_gia_han_in_its_inbox_and_grants_it_once()
    {
        var c = await fixture.CaseIn(CaseStates.OnSite);
        // Only the team asks: a supervisor (not on the team) may edit cases but does not ask.
        await Should.ThrowAsync<ForbiddenException>(() => Law("supervisor", s => s.RequestExtensionAsync(c.Id, new RequestExtensionDto(10, "Khối lượng hồ sơ lớn", c.ConcurrencyStamp))));
        // Over the cap (Extension: 30 working days) is refused when asked, before Leadership is bothered.
        (await Should.ThrowAsync<BusinessException>(() => Law("inspector", s => s.RequestExtensionAsync(c.Id, new RequestExtensionDto(31, "Khối lượng hồ sơ lớn", c.ConcurrencyStamp)))))
            .Code.ShouldBe(CaseErrorCodes.ExtensionTooLong);
        (await TasksOf(c)).ShouldNotContain(t => t.Name == CaseWorkflows.DecideExtensionTask);

        c = await Law("inspector2", s => s.RequestExtensionAsync(c.Id, new RequestExtensionDto(10, "Khối lượng hồ sơ chi ngân sách lớn", c.ConcurrencyStamp)));
        var task = (await InboxOf("leader", c.Id)).Where(t => t.TaskName == CaseWorkflows.DecideExtensionTask).ShouldHaveSingleItem();
        task.AssigneeRole.ShouldBe("Leadership");
        (await InboxOf("inspector", c.Id)).ShouldNotContain(t => t.TaskName == CaseWorkflows.DecideExtensionTask);
        var asked = (await Law("leader", s => s.GetExtensionRequestAsync(c.Id))).ShouldNotBeNull();
        asked.Days.ShouldBe(10);
        asked.Grounds.ShouldBe("Khối lượng hồ sơ chi ngân sách lớn");
        // One request at a time: the request kept on the case refuses a second one before the task is tried (tthead).
        (await Should.ThrowAsync<BusinessException>(() => Law("inspector", s => s.RequestExtensionAsync(c.Id, new RequestExtensionDto(5, "Lần nữa", c.ConcurrencyStamp)))))
            .Code.ShouldBe(CaseErrorCodes.ExtensionAlreadyRequested);

        c = await fixture.Cases("leader", s => s.AddExtensionAsync(c.Id, new AddExtensionDto("30/QĐ-GH", 10, "Khối lượng hồ sơ lớn", fixture.Today, c.ConcurrencyStamp)));
        c.Extensions.ShouldHaveSingleItem().Days.ShouldBe(10);
        (await InboxOf("leader", c.Id)).ShouldNotContain(t => t.TaskName == CaseWorkflows.DecideExtensionTask);
        (await TasksOf(c)).Single(t => t.Name == CaseWorkflows.DecideExtensionTask).Status.ShouldBe("Completed");
        (await Law("leader", s => s.GetExtensionRequestAsync(c.Id))).ShouldBeNull();

        // A second request is refused with a clear error: the law allows one extension.
        (await Should.ThrowAsync<BusinessException>(() => Law("inspector", s => s.RequestExtensionAsync(c.Id, new RequestExtensionDto(5, "Lần hai", c.ConcurrencyStamp)))))
            .Code.ShouldBe(CaseErrorCodes.ExtensionLimitReached);
        (await InboxOf("leader", c.Id)).ShouldNotContain(t => t.TaskName == CaseWorkflows.DecideExtensionTask);
    }

    [Fact]
    public async Task Leadership_refuses_the_request_and_the_task_leaves_its_inbox()
    {
        var c = await fixture.CaseIn(CaseStates.OnSite);
        (await Should.ThrowAsync<BusinessException>(() => Law("leader", s => s.RefuseExtensionAsync(c.Id, new RefuseExtensionDto("Không có căn cứ", c.ConcurrencyStamp)))))
            .Code.ShouldBe(CaseErrorCodes.NoExtensionRequest);
        c = await Law("inspector", s => s.RequestExtensionAsync(c.Id, new RequestExtensionDto(15, "Chờ kết quả giám định", c.ConcurrencyStamp)));
        // The team does not answer its own request.
        await Should.ThrowAsync<ForbiddenException>(() => Law("inspector", s => s.RefuseExtensionAsync(c.Id, new RefuseExtensionDto("Tự từ chối", c.ConcurrencyStamp))));
        (await InboxOf("leader", c.Id)).ShouldContain(t => t.TaskName == CaseWorkflows.DecideExtensionTask);

        c = await Law("leader", s => s.RefuseExtensionAsync(c.Id, new RefuseExtensionDto("Đủ thời gian theo kế hoạch", c.ConcurrencyStamp)));
        c.Extensions.ShouldBeEmpty();
        (await InboxOf("leader", c.Id)).ShouldNotContain(t => t.TaskName == CaseWorkflows.DecideExtensionTask);
        var journal = await fixture.RunAsAsync("admin", sp => sp.GetRequiredService<IWorkflowInstanceQueries>().GetJournalAsync(c.WorkflowInstanceId!.Value));
        journal[^1].Kind.ShouldBe("TaskCompleted");
        journal[^1].PayloadSummary!.ShouldContain("Refused");
        // Refused is not granted: the team may ask again (the one extension is still unused).
        c = await Law("inspector", s => s.RequestExtensionAsync(c.Id, new RequestExtensionDto(5, "Bổ sung căn cứ", c.ConcurrencyStamp)));
        (await InboxOf("leader", c.Id)).Where(t => t.TaskName == CaseWorkflows.DecideExtensionTask).ShouldHaveSingleItem();
    }

    [Fact]
    public async Task Suspension_and_continuation_are_decisions_of_leadership_not_of_the_team()
    {
        var c = await fixture.CaseIn(CaseStates.OnSite);
        var stamp = c.ConcurrencyStamp;
        await Should.ThrowAsync<ForbiddenException>(() => fixture.Cases("inspector", s => s.AddSuspensionAsync(c.Id, new AddSuspensionDto("20/QĐ-TD", fixture.Today, null, "Chờ hồ sơ", stamp))));
        await Should.ThrowAsync<ForbiddenException>(() => fixture.Cases("supervisor", s => s.AddSuspensionAsync(c.Id, new AddSuspensionDto("20/QĐ-TD", fixture.Today, null, "Chờ hồ sơ", stamp))));
        (await fixture.Get(c.Id)).Suspensions.ShouldBeEmpty();
        c = await fixture.Cases("leader", s => s.AddSuspensionAsync(c.Id, new AddSuspensionDto("20/QĐ-TD", fixture.Today, null, "Chờ hồ sơ", stamp)));
        c.Suspensions.ShouldHaveSingleItem().To.ShouldBeNull();

        stamp = c.ConcurrencyStamp;
        await Should.ThrowAsync<ForbiddenException>(() => Law("inspector", s => s.ContinueAfterSuspensionAsync(c.Id, new ContinueSuspensionDto("22/QĐ-TT", fixture.Today.AddDays(3), stamp))));
        (await fixture.Get(c.Id)).Suspensions.Single().ContinuedOn.ShouldBeNull();
        c = await Law("leader", s => s.ContinueAfterSuspensionAsync(c.Id, new ContinueSuspensionDto("22/QĐ-TT", fixture.Today.AddDays(3), stamp)));
        c.Suspensions.Single().ContinuationDecisionNumber.ShouldBe("22/QĐ-TT");
    }

    [Fact]
    public async Task Recording_the_article_52_letter_completes_leaderships_task_so_it_leaves_the_inbox()
    {
        var c = await fixture.CaseIn(CaseStates.FollowUp);
        (await InboxOf("leader", c.Id)).ShouldContain(t => t.TaskName == CaseWorkflows.RecommendationLetterTask);
        c = await Law("leader", s => s.RecordRecommendationLetterAsync(c.Id, new RecordOfficialLetterDto("15/VB-TTr", fixture.Today, "Kiến nghị Chủ tịch UBND tỉnh chỉ đạo xử lý.", c.ConcurrencyStamp)));
        (await InboxOf("leader", c.Id)).ShouldNotContain(t => t.TaskName == CaseWorkflows.RecommendationLetterTask);
        var task = (await TasksOf(c)).Single(t => t.Name == CaseWorkflows.RecommendationLetterTask);
        task.Status.ShouldBe("Completed");
        // The other follow-up tasks stay.
        (await InboxOf("supervisor", c.Id)).ShouldContain(t => t.TaskName == "TrackDirection");
    }

    [Fact]
    public async Task A_letter_recorded_before_follow_up_leaves_no_task_when_follow_up_begins()
    {
        var c = await fixture.CaseIn(CaseStates.Sanctioning);
        c = await Law("leader", s => s.RecordRecommendationLetterAsync(c.Id, new RecordOfficialLetterDto("16/VB-TTr", fixture.Today, "Kiến nghị.", c.ConcurrencyStamp)));
        c = await fixture.Fire(c.Id, CaseTriggers.StartFollowUp, "inspector");
        c.State.ShouldBe(CaseStates.FollowUp);
        (await InboxOf("leader", c.Id)).ShouldNotContain(t => t.TaskName == CaseWorkflows.RecommendationLetterTask);
        (await TasksOf(c)).Single(t => t.Name == CaseWorkflows.RecommendationLetterTask).Status.ShouldBe("Completed");
    }
}
