using InspectionSuite.Cases;
using InspectionSuite.Cases.Workflow;
using InspectionSuite.Identity;
using InspectionSuite.Organization;
using InspectionSuite.Permissions;
using InspectionSuite.Workflows.Contracts;
using InspectionSuite.Workflows.Persistence;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;
using Shouldly;
using Xunit;

namespace InspectionSuite.Application.Tests.Cases;

/// <summary>
/// thanh-tra.inspection v4 (issue 14): the người ra quyết định (Leadership, Cases.Decide) issues and signs the decision,
/// its "Ban hành quyết định" task is in Leadership's inbox, the signer is the deciding user's profile; running v3 cases move
/// with the runtime's migration (<see cref="CaseWorkflowMigrations.ThanhTraInspectionV3ToV4"/>, docs/cases.md).
/// </summary>
public sealed class ThanhTraV4Tests(CaseFixture fixture) : IClassFixture<CaseFixture>
{
    private const string LeaderSigner = "Chánh Thanh tra - Phạm Minh Lãnh Đạo"; // the demo leader's profile: position - full name

    public static TheoryData<string> V3RunningStates() => new(CaseWorkflowMigrations.ThanhTraInspectionV3ToV4.StateMap.Keys);

    private Task<Workflows.Definitions.CompiledDefinition> Definition(int version)
        => fixture.RunAsAsync("admin", sp => sp.GetRequiredService<Workflows.Services.WorkflowDefinitionService>().GetPublishedAsync(CaseWorkflows.InspectionDefinitionId, version));

    private Task<WorkflowInstanceInfo> Instance(CaseDto c)
        => fixture.RunAsAsync("admin", sp => sp.GetRequiredService<IWorkflowInstanceQueries>().GetInstanceAsync(c.WorkflowInstanceId!.Value));

    private Task<IReadOnlyList<HumanTaskInfo>> Tasks(CaseDto c)
        => fixture.RunAsAsync("admin", sp => sp.GetRequiredService<IWorkflowInstanceQueries>().GetTasksAsync(c.WorkflowInstanceId!.Value));

    private Task<List<WorkflowBookmark>> PendingDeadlines(CaseDto c)
        => fixture.RunAsAsync("admin", async sp =>
        {
            var bookmarks = sp.GetRequiredService<IRepository<WorkflowBookmark>>();
            return await bookmarks.ToListAsync(bookmarks.Query().Where(b => b.InstanceId == c.WorkflowInstanceId && b.Status == BookmarkStatus.Pending));
        });

    /// <summary>A new case on v3 of the definition (as cases created before v4 was published are), with its decision and team.</summary>
    private async Task<CaseDto> NewV3Case()
    {
        var unitId = await fixture.UnitIdAsync("P01");
        var id = await fixture.RunAsAsync("supervisor", async sp => (await sp.GetRequiredService<CaseStarter>().StartAsync(CaseKind.Inspection, AuthorityCode.ThanhTra,
            unitId, $"Thanh tra v3 {Guid.NewGuid():N}", null, null, null, null, null, default, workflowVersion: 3)).Id);
        return await fixture.WithDecisionAndTeam(await fixture.Get(id));
    }

    [Fact]
    public async Task V4_gives_the_decision_to_leadership_and_changes_nothing_else_of_v3()
    {
        var v3 = await Definition(3);
        var v4 = await Definition(4);
        var decide = v4.Model.Transitions.Single(t => t.Trigger == CaseTriggers.Decide);
        decide.Permission.ShouldBe(InspectionSuitePermissions.Cases.Decide);
        InspectionSuitePermissions.DefaultGrants[InspectionSuiteRoles.Leadership].ShouldContain(InspectionSuitePermissions.Cases.Decide);
        InspectionSuitePermissions.DefaultGrants[InspectionSuiteRoles.Supervisor].ShouldNotContain(InspectionSuitePermissions.Cases.Decide);
        var issue = v4.States[CaseStates.Planned].HumanTasks.ShouldHaveSingleItem();
        issue.Name.ShouldBe("IssueDecision");
        issue.Role.ShouldBe(InspectionSuiteRoles.Leadership);
        issue.Due.Limit.ShouldBe("Decision"); // the existing parameter, 10 working days
        issue.Labels!.Vi.ShouldBe("Ban hành quyết định");
        v4.States[CaseStates.Decided].Entry.ShouldContain("SignDecision");

        // Every other transition, task, deadline and limit is v3's.
        foreach (var t in v4.Model.Transitions.Where(t => t.Trigger != CaseTriggers.Decide))
        {
            var old = v3.Model.Transitions.Single(x => x.Name == t.Name);
            (t.Permission, t.To, string.Join(",", t.From), t.Guards.Count).ShouldBe((old.Permission, old.To, string.Join(",", old.From), old.Guards.Count), t.Name);
        }
        foreach (var s in v4.Model.States.Where(s => s.Name != CaseStates.Planned))
        {
            var old = v3.Model.States.Single(x => x.Name == s.Name);
            s.HumanTasks.Select(h => (h.Name, h.Role, h.Due.Limit, h.OnRequest)).ShouldBe(old.HumanTasks.Select(h => (h.Name, h.Role, h.Due.Limit, h.OnRequest)), s.Name);
            s.Deadlines.Select(d => (d.Name, d.Duration.Limit)).ShouldBe(old.Deadlines.Select(d => (d.Name, d.Duration.Limit)), s.Name);
        }
        v4.Model.Limits!.Keys.ShouldBe(v3.Model.Limits!.Keys);
        foreach (var (name, limit) in v4.Model.Limits) (limit.Days, limit.Kind, limit.Article).ShouldBe((v3.Model.Limits[name].Days, v3.Model.Limits[name].Kind, v3.Model.Limits[name].Article), name);
    }

    [Fact]
    public async Task New_inspections_start_on_v4_and_the_supervisor_may_not_issue_the_decision()
    {
        var c = await fixture.NewCase(CaseKind.Inspection);
        (await Instance(c)).DefinitionVersion.ShouldBe(4);
        var refused = await Should.ThrowAsync<ForbiddenException>(() => fixture.Fire(c.Id, CaseTriggers.Decide, "supervisor"));
        refused.Args.ShouldContain(InspectionSuitePermissions.Cases.Decide);
        var option = (await fixture.Cases("supervisor", s => s.GetTriggersAsync(c.Id))).Single(t => t.Trigger == CaseTriggers.Decide);
        option.Allowed.ShouldBeFalse();
        option.Reason!.ShouldContain("Ra quyết định"); // the permission in words, not its code
        (await fixture.Get(c.Id)).State.ShouldBe(CaseStates.Planned);
    }

    [Fact]
    public async Task Leaderships_inbox_shows_ban_hanh_quyet_dinh_for_a_planned_case_with_a_team_and_the_leader_issues_it()
    {
        var c = await fixture.NewCase(CaseKind.Inspection);
        c.Team.ShouldNotBeEmpty();
        var task = (await fixture.Cases("leader", s => s.GetInboxAsync(0, 500))).Items.Single(t => t.CaseId == c.Id);
        task.TaskName.ShouldBe("IssueDecision");
        task.AssigneeRole.ShouldBe(InspectionSuiteRoles.Leadership);
        (await fixture.Cases("supervisor", s => s.GetInboxAsync(0, 500))).Items.ShouldNotContain(t => t.CaseId == c.Id);

        c = await fixture.Fire(c.Id, CaseTriggers.Decide, "leader");
        c.State.ShouldBe(CaseStates.Decided);
        (await fixture.Cases("leader", s => s.GetInboxAsync(0, 500))).Items.ShouldNotContain(t => t.CaseId == c.Id && t.TaskName == "IssueDecision");
    }

    [Fact]
    public async Task The_signer_is_the_deciding_leaders_profile_not_the_text_typed_while_preparing()
    {
        var c = await fixture.NewCase(CaseKind.Inspection);
        c.Decision.Signer.ShouldBe(CaseFixture.DecisionSigner(AuthorityCode.ThanhTra)); // typed by the supervisor: the draft's provisional signer
        c = await fixture.Fire(c.Id, CaseTriggers.Decide, "leader");
        c.Decision.Signer.ShouldBe(LeaderSigner);

        // Once decided, a signer typed with the decision's number and date is ignored: the decision stays signed by its maker.
        c = await fixture.Cases("supervisor", s => s.RecordDecisionAsync(c.Id, new RecordDecisionDto("02/QĐ-TTr", fixture.Today, "Chánh Thanh tra - Người Khác", c.ConcurrencyStamp)));
        c.Decision.Number.ShouldBe("02/QĐ-TTr");
        c.Decision.Signer.ShouldBe(LeaderSigner);
    }

    [Fact]
    public async Task A_leader_whose_profile_has_no_position_is_refused_and_nothing_changes()
    {
        await fixture.RunAsAsync("admin", async sp =>
        {
            var users = sp.GetRequiredService<UserManager<AppUser>>();
            if (await users.FindByNameAsync("leader-no-position") is not null) return 0;
            var user = new AppUser { Id = Guid.NewGuid(), UserName = "leader-no-position", FullName = "Lê Thị Chưa Chức Vụ" };
            (await users.CreateAsync(user, "Demo@2026!")).Succeeded.ShouldBeTrue();
            (await users.AddToRoleAsync(user, InspectionSuiteRoles.Leadership)).Succeeded.ShouldBeTrue();
            return 0;
        });
        var c = await fixture.NewCase(CaseKind.Inspection);
        var refused = await Should.ThrowAsync<BusinessException>(() => fixture.Fire(c.Id, CaseTriggers.Decide, "leader-no-position"));
        refused.Code.ShouldBe(CaseErrorCodes.DeciderProfileIncomplete);
        var after = await fixture.Get(c.Id);
        after.State.ShouldBe(CaseStates.Planned);
        after.Decision.Signer.ShouldBe(CaseFixture.DecisionSigner(AuthorityCode.ThanhTra));
    }

    [Theory]
    [MemberData(nameof(V3RunningStates))]
    public async Task Should_migrate_a_v3_case_in_every_state_to_v4_with_the_documented_mapping(string state)
    {
        var v3 = await Definition(3);
        CaseWorkflowMigrations.ThanhTraInspectionV3ToV4.StateMap.Keys.Order().ShouldBe(v3.Model.States.Where(s => !s.Final).Select(s => s.Name).Order());
        CaseWorkflowMigrations.Find(CaseWorkflows.InspectionDefinitionId, 3).ShouldBe(CaseWorkflowMigrations.ThanhTraInspectionV3ToV4);

        var c = await fixture.DriveTo(await NewV3Case(), state); // v3: the supervisor decides
        c.State.ShouldBe(state);
        var before = await Instance(c);
        before.DefinitionVersion.ShouldBe(3);
        var openBefore = (await Tasks(c)).Where(t => t.Status == HumanTaskStatus.Open).ToList();
        var deadlinesBefore = await PendingDeadlines(c);

        var dry = await fixture.RunAsAsync("admin", async sp => await sp.GetRequiredService<CaseWorkflowMigrator>().MigrateAsync(c.Id, CaseWorkflowMigrations.ThanhTraInspectionV3ToV4, await Actor(sp), dryRun: true, default));
        dry!.Applied.ShouldBeFalse();
        (await Instance(c)).DefinitionVersion.ShouldBe(3);

        var plan = await fixture.RunAsAsync("admin", async sp => await sp.GetRequiredService<CaseWorkflowMigrator>().MigrateAsync(c.Id, CaseWorkflowMigrations.ThanhTraInspectionV3ToV4, await Actor(sp), dryRun: false, default));
        plan!.Applied.ShouldBeTrue();
        (plan.ToVersion, plan.ToState).ShouldBe((4, state));
        plan.TasksCancelled.ShouldBeEmpty();
        plan.TasksCreated.ShouldBeEmpty();
        plan.DeadlinesCancelled.ShouldBeEmpty();
        plan.DeadlinesCreated.ShouldBeEmpty();
        plan.TasksReassigned.ShouldBe(state == CaseStates.Planned ? new[] { "IssueDecision" } : Array.Empty<string>());
        dry.TasksReassigned.ShouldBe(plan.TasksReassigned);

        var after = await Instance(c);
        (after.DefinitionVersion, after.State).ShouldBe((4, state));
        (await fixture.Get(c.Id)).State.ShouldBe(state);
        // Same tasks with the same due times; only the decision's task changes hands, to Leadership.
        var openAfter = (await Tasks(c)).Where(t => t.Status == HumanTaskStatus.Open).ToList();
        openAfter.Select(t => t.Id).Order().ShouldBe(openBefore.Select(t => t.Id).Order());
        foreach (var kept in openAfter)
        {
            var old = openBefore.Single(b => b.Id == kept.Id);
            kept.DueAtUtc.ShouldBe(old.DueAtUtc, kept.Name);
            kept.AssigneeRole.ShouldBe(kept.Name == "IssueDecision" ? InspectionSuiteRoles.Leadership : old.AssigneeRole, kept.Name);
        }
        if (state == CaseStates.Planned)
        {
            openBefore.Single(t => t.Name == "IssueDecision").AssigneeRole.ShouldBe(InspectionSuiteRoles.Supervisor);
            (await fixture.Cases("leader", s => s.GetInboxAsync(0, 500))).Items.ShouldContain(t => t.CaseId == c.Id && t.TaskName == "IssueDecision");
            (await fixture.Cases("supervisor", s => s.GetInboxAsync(0, 500))).Items.ShouldNotContain(t => t.CaseId == c.Id);
            // Now v4's rule: the leader issues it and signs with their profile.
            await Should.ThrowAsync<ForbiddenException>(() => fixture.Fire(c.Id, CaseTriggers.Decide, "supervisor"));
            (await fixture.Fire(c.Id, CaseTriggers.Decide, "leader")).Decision.Signer.ShouldBe(LeaderSigner);
        }
        // Timers: the same deadlines, pending, with their due times.
        var deadlinesAfter = await PendingDeadlines(c);
        if (state != CaseStates.Planned)
            deadlinesAfter.Select(b => (b.Id, b.Name, b.DueAtUtc, b.State)).Order().ShouldBe(deadlinesBefore.Select(b => (b.Id, b.Name, b.DueAtUtc, b.State)).Order());
        var journal = await fixture.RunAsAsync("admin", sp => sp.GetRequiredService<IWorkflowInstanceQueries>().GetJournalAsync(after.Id));
        journal.ShouldContain(j => j.Kind == "Migrated" && j.From == $"{state}@v3" && j.To == $"{state}@v4");
        // Migrated once: a second run finds nothing on v3.
        (await fixture.RunAsAsync("admin", async sp => await sp.GetRequiredService<CaseWorkflowMigrator>().MigrateAsync(c.Id, CaseWorkflowMigrations.ThanhTraInspectionV3ToV4, await Actor(sp), dryRun: false, default))).ShouldBeNull();
    }

    private static async Task<WorkflowActor> Actor(IServiceProvider sp) => await sp.GetRequiredService<CaseAccess>().ActorAsync(default);
}
