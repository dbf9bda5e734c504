using InspectionSuite.Application.Tests.Cases;
using InspectionSuite.Cases;
using InspectionSuite.Oversight;
using InspectionSuite.Identity;
using InspectionSuite.Permissions;
using Microsoft.Extensions.DependencyInjection;
using Shouldly;
using Xunit;

namespace InspectionSuite.Application.Tests.Oversight;

/// <summary>
/// Issue 14: the draft is appraised by someone who is NOT on the team, named by the supervisor. The AppraiseDraft task
/// (thanh-tra v3, Concluding) is offered to and may be handed to only the holders of Cases.Appraise outside the
/// case's team; a task without such a rule is offered to its role's users. Own fixture: one test changes grants.
/// </summary>
public sealed class AppraiserAssignmentTests(CaseFixture fixture) : IClassFixture<CaseFixture>
{
    private static IOversightAppService As(IServiceProvider sp) => sp.GetRequiredService<IOversightAppService>();

    private async Task<(CaseDto Case, IReadOnlyList<CaseTaskDto> Tasks)> ConcludingAsync()
    {
        var c = await fixture.CaseIn(CaseStates.Concluding);
        return (c, await fixture.RunAsAsync("supervisor", sp => As(sp).GetCaseTasksAsync(c.Id)));
    }

    private Task<IReadOnlyList<TaskCandidateDto>> Candidates(Guid taskId) => fixture.RunAsAsync("supervisor", sp => As(sp).GetTaskCandidatesAsync(taskId));

    [Fact]
    public async Task The_appraisal_is_offered_and_handed_only_to_holders_of_the_appraise_permission()
    {
        var (c, tasks) = await ConcludingAsync();
        c.Team.Select(m => m.UserName).ShouldBe(["inspector", "inspector2"], ignoreOrder: true);
        var appraise = tasks.Single(t => t.Name == "AppraiseDraft");

        // Supervisor and Admin hold Cases.Appraise by default (RolesIssue14Grants); the inspectors and the leader do not.
        (await Candidates(appraise.TaskId)).Select(u => u.UserName).ShouldBe(["admin", "appraiser", "supervisor"], ignoreOrder: true);
        // Tasks without a rule: their role's users.
        (await Candidates(tasks.Single(t => t.Name == "DraftConclusion").TaskId)).Select(u => u.UserName).ShouldBe(["inspector", "inspector2"], ignoreOrder: true);
        (await Candidates(tasks.Single(t => t.Name == "SignConclusion").TaskId)).Select(u => u.UserName).ShouldBe(["leader"]);

        var leader = await fixture.UserIdAsync("leader");
        var refused = await Should.ThrowAsync<BusinessException>(() => fixture.RunAsAsync("supervisor", sp => As(sp).ReassignTaskAsync(appraise.TaskId, new ReassignTaskDto(leader, null))));
        refused.Code.ShouldBe(OversightErrorCodes.AssigneeLacksPermission);
        (await fixture.RunAsAsync("supervisor", sp => As(sp).GetCaseTasksAsync(c.Id))).Single(t => t.Name == "AppraiseDraft").TaskId.ShouldBe(appraise.TaskId); // unchanged

        var appraiser = await fixture.UserIdAsync("appraiser");
        var moved = await fixture.RunAsAsync("supervisor", sp => As(sp).ReassignTaskAsync(appraise.TaskId, new ReassignTaskDto(appraiser, null)));
        (moved.Name, moved.AssigneeUserId, moved.AssigneeName).ShouldBe(("AppraiseDraft", appraiser, "Đỗ Thị Thẩm Định"));
        moved.DueAtUtc.ShouldBe(appraise.DueAtUtc); // the Appraisal limit stays
    }

    [Fact]
    public async Task A_team_member_is_never_offered_nor_handed_the_appraisal_even_holding_the_permission()
    {
        var (c, tasks) = await ConcludingAsync();
        var appraise = tasks.Single(t => t.Name == "AppraiseDraft");
        await fixture.RunAsAsync("admin", sp => sp.GetRequiredService<IPermissionAppService>().GrantAsync(InspectionSuiteRoles.Inspector, InspectionSuitePermissions.Cases.Appraise));
        try
        {
            var candidates = (await Candidates(appraise.TaskId)).Select(u => u.UserName).ToList();
            candidates.ShouldNotContain("inspector");
            candidates.ShouldNotContain("inspector2");
            candidates.ShouldContain("appraiser");

            var member = c.Team.First(m => !m.IsLeader).UserId;
            var refused = await Should.ThrowAsync<BusinessException>(() => fixture.RunAsAsync("supervisor", sp => As(sp).ReassignTaskAsync(appraise.TaskId, new ReassignTaskDto(member, null))));
            refused.Code.ShouldBe(CaseErrorCodes.AppraiserOnTeam);
            (await fixture.RunAsAsync("supervisor", sp => As(sp).GetCaseTasksAsync(c.Id))).Single(t => t.Name == "AppraiseDraft").AssigneeUserId.ShouldBeNull();
        }
        finally
        {
            await fixture.RunAsAsync("admin", sp => sp.GetRequiredService<IPermissionAppService>().RevokeAsync(InspectionSuiteRoles.Inspector, InspectionSuitePermissions.Cases.Appraise));
        }
    }
}
