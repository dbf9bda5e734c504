using System.Text.Json.Nodes;
using InspectionSuite.Cases;
using InspectionSuite.Workflows.Contracts;
using Microsoft.Extensions.DependencyInjection;
using Shouldly;
using Xunit;

namespace InspectionSuite.Application.Tests.Cases;

/// <summary>Every guard refusal is a localized business error and changes nothing (state and workflow version unchanged).</summary>
public sealed class CaseGuardTests(CaseFixture fixture) : IClassFixture<CaseFixture>
{
    private async Task ShouldRefuse(CaseDto c, string trigger, string user, string code, string? reason = null)
    {
        var error = await Should.ThrowAsync<BusinessException>(() => fixture.Fire(c.Id, trigger, user, reason));
        error.Code.ShouldBe(code);
        var after = await fixture.Get(c.Id);
        after.State.ShouldBe(c.State);
        after.WorkflowVersion.ShouldBe(c.WorkflowVersion);
        var option = (await fixture.Cases(user, s => s.GetTriggersAsync(c.Id))).Single(t => t.Trigger == trigger);
        if (reason is null)
        {
            option.Allowed.ShouldBeFalse();
            option.ReasonCode.ShouldBe(code);
            option.Reason.ShouldNotBeNullOrWhiteSpace();
            option.Reason.ShouldNotBe(code); // localized text, not the bare code
        }
    }

    [Fact]
    public async Task Should_refuse_decided_without_a_decision_and_team()
    {
        var c = await fixture.NewCase(withDecisionAndTeam: false);
        await ShouldRefuse(c, CaseTriggers.Decide, "leader", CaseErrorCodes.DecisionOrTeamMissing);
    }

    [Fact]
    public async Task Should_refuse_announced_without_the_announcement_date()
    {
        var c = await fixture.ApproveWorkPlan(await fixture.CaseIn(CaseStates.Decided)); // v2: the approval is checked first
        await ShouldRefuse(c, CaseTriggers.Announce, "inspector", CaseErrorCodes.AnnouncementMissing);
    }

    [Fact]
    public async Task Should_refuse_announced_before_the_decision_maker_approves_the_work_plan()
    {
        var c = await fixture.CaseIn(CaseStates.Decided);
        c = await fixture.Cases("inspector", s => s.RecordWorkPlanAsync(c.Id, new RecordWorkPlanDto("Kế hoạch tiến hành.", c.ConcurrencyStamp)));
        c = await fixture.Cases("inspector", s => s.RecordAnnouncementAsync(c.Id, new RecordAnnouncementDto(fixture.Today, c.ConcurrencyStamp)));
        await ShouldRefuse(c, CaseTriggers.Announce, "inspector", CaseErrorCodes.WorkPlanNotApproved);
        // Only the người ra quyết định approves (Cases.Decide: Leadership); the team cannot approve its own plan.
        var stamp = c.ConcurrencyStamp;
        await Should.ThrowAsync<ForbiddenException>(() => fixture.Cases("inspector", s => s.ApproveWorkPlanAsync(c.Id, new ApproveWorkPlanDto(null, stamp))));
        await Should.ThrowAsync<ForbiddenException>(() => fixture.Cases("supervisor", s => s.ApproveWorkPlanAsync(c.Id, new ApproveWorkPlanDto(null, stamp))));
        c = await fixture.ApproveWorkPlan(c);
        c.WorkPlanApprovedOn.ShouldBe(fixture.Today);
        c.WorkPlanApprovedBy.ShouldNotBeNullOrWhiteSpace();
        // A changed plan is a new plan: approved again before the announcement.
        c = await fixture.Cases("inspector", s => s.RecordWorkPlanAsync(c.Id, new RecordWorkPlanDto("Kế hoạch tiến hành, sửa đổi.", c.ConcurrencyStamp)));
        c.WorkPlanApprovedOn.ShouldBeNull();
        await ShouldRefuse(c, CaseTriggers.Announce, "inspector", CaseErrorCodes.WorkPlanNotApproved);
        c = await fixture.ApproveWorkPlan(c);
        (await fixture.Fire(c.Id, CaseTriggers.Announce, "inspector")).State.ShouldBe(CaseStates.Announced);
    }

    [Fact]
    public async Task Should_refuse_reporting_before_on_site_ends()
    {
        var c = await fixture.CaseIn(CaseStates.OnSite);
        await ShouldRefuse(c, CaseTriggers.EndOnSite, "inspector", CaseErrorCodes.OnSiteNotEnded);
        c = await fixture.Cases("inspector", s => s.SetOnSitePeriodAsync(c.Id, new SetOnSitePeriodDto(c.OnSiteStart!.Value, fixture.Today.AddDays(3), c.ConcurrencyStamp)));
        await ShouldRefuse(c, CaseTriggers.EndOnSite, "inspector", CaseErrorCodes.OnSiteNotEnded); // end date still ahead
    }

    [Fact]
    public async Task Should_refuse_concluding_without_a_results_report()
    {
        var c = await fixture.CaseIn(CaseStates.Reporting);
        await ShouldRefuse(c, CaseTriggers.SubmitResultsReport, "inspector", CaseErrorCodes.ResultsReportMissing);
    }

    [Fact]
    public async Task Should_refuse_the_conclusion_before_the_appraisal_and_publishing_without_it()
    {
        var c = await fixture.CaseIn(CaseStates.Concluding);
        c = await fixture.Cases("inspector", s => s.RecordDraftConclusionAsync(c.Id, new RecordDraftConclusionDto(fixture.Today, "Dự thảo", c.ConcurrencyStamp)));
        var error = await Should.ThrowAsync<BusinessException>(() => fixture.Cases("leader", s => s.RecordConclusionAsync(c.Id,
            new RecordConclusionDto("1/KL", fixture.Today, "Chánh Thanh tra", "Kết luận", c.ConcurrencyStamp))));
        error.Code.ShouldBe(CaseErrorCodes.AppraisalMissing);
        (await fixture.Get(c.Id)).Conclusion.Number.ShouldBeNull();
        await ShouldRefuse(c, CaseTriggers.Publish, "supervisor", CaseErrorCodes.AppraisalMissing);
    }

    [Fact]
    public async Task Should_refuse_publishing_for_less_than_15_days()
    {
        var c = await fixture.CaseIn(CaseStates.Concluding);
        c = await fixture.Cases("inspector", s => s.RecordDraftConclusionAsync(c.Id, new RecordDraftConclusionDto(fixture.Today, "Dự thảo", c.ConcurrencyStamp)));
        c = await fixture.Cases("supervisor", s => s.RecordAppraisalAsync(c.Id, new RecordAppraisalDto(fixture.Today, "Pháp chế", "Đồng ý", c.ConcurrencyStamp)));
        c = await fixture.Cases("leader", s => s.RecordConclusionAsync(c.Id, new RecordConclusionDto("2/KL", fixture.Today, "Chánh Thanh tra", "Kết luận", c.ConcurrencyStamp)));
        c = await fixture.Cases("supervisor", s => s.RecordPublicationAsync(c.Id, new RecordPublicationDto("Cổng TTĐT", fixture.Today, fixture.Today.AddDays(13), c.ConcurrencyStamp)));
        await ShouldRefuse(c, CaseTriggers.Publish, "supervisor", CaseErrorCodes.PublicationTooShort);
    }

    [Fact]
    public async Task Should_refuse_closing_with_unresolved_sanctions()
    {
        var c = await fixture.CaseIn(CaseStates.Sanctioning);
        await fixture.RunAsAsync("inspector", sp => sp.GetRequiredService<ISanctionAppService>()
            .IssueAsync(c.Id, new IssueSanctionDto(SanctionType.AdministrativeFine, "Ông A", 5_000_000m, fixture.Today.AddDays(15), "Ông A", c.ConcurrencyStamp)));
        c = await fixture.Fire(c.Id, CaseTriggers.StartFollowUp, "inspector");
        await ShouldRefuse(c, CaseTriggers.Close, "supervisor", CaseErrorCodes.SanctionsUnresolved);
    }

    [Fact]
    public async Task Should_refuse_an_actor_outside_the_team()
    {
        var c = await fixture.CaseIn(CaseStates.Decided, withSecondInspector: false);
        var outsider = await fixture.UserIdAsync("inspector2");
        var result = await fixture.RunAsAsync("inspector2", async sp =>
        {
            var guard = sp.GetRequiredKeyedService<IWorkflowGuard>("ActorInTeam");
            var actor = new WorkflowActor(outsider.ToString(), "inspector2", [InspectionSuiteRoles.Inspector], [Permissions.InspectionSuitePermissions.Cases.Edit]);
            return await guard.CheckAsync(new GuardContext(c.WorkflowInstanceId!.Value, c.Id.ToString(), CaseWorkflows.InspectionDefinitionId, 1, "Announce",
                CaseTriggers.Announce, c.State, CaseStates.Announced, actor, null, new JsonObject()), default);
        });
        result.Passed.ShouldBeFalse();
        result.Code.ShouldBe(CaseErrorCodes.ActorNotInTeam);
        // Through the app service the outsider does not even see the case.
        await Should.ThrowAsync<EntityNotFoundException>(() => fixture.Fire(c.Id, CaseTriggers.Announce, "inspector2"));
    }

    [Fact]
    public async Task Should_refuse_a_team_member_without_the_inspector_role()
    {
        var c = await fixture.NewCase(withDecisionAndTeam: false);
        var supervisorId = await fixture.UserIdAsync("supervisor");
        var error = await Should.ThrowAsync<BusinessException>(() => fixture.Cases("supervisor", s => s.AssignTeamAsync(c.Id, new AssignTeamDto(supervisorId, [], c.ConcurrencyStamp))));
        error.Code.ShouldBe(CaseErrorCodes.TeamMemberNotInspector);
        (await fixture.Get(c.Id)).Team.ShouldBeEmpty();
    }

    [Fact]
    public async Task Should_refuse_firing_without_the_transition_permission()
    {
        var c = await fixture.NewCase();
        await Should.ThrowAsync<ForbiddenException>(() => fixture.Fire(c.Id, CaseTriggers.Decide, "inspector"));
        (await fixture.Get(c.Id)).State.ShouldBe(CaseStates.Planned);
    }
}
