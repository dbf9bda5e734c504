using System.Text.Json;
using InspectionSuite.Cases;
using InspectionSuite.Cases.Workflow;
using InspectionSuite.Organization;
using InspectionSuite.Workflows.Contracts;
using InspectionSuite.Workflows.Definitions;
using Microsoft.Extensions.DependencyInjection;
using Shouldly;
using Xunit;

namespace InspectionSuite.Application.Tests.Cases;

/// <summary>
/// thanh-tra.inspection v2 (Luật Thanh tra 84/2025/QH15) is published beside v1; running v1 cases move with the runtime's
/// migration alteration by the documented state mapping (<see cref="CaseWorkflowMigrations.ThanhTraInspectionV1ToV2"/>, docs/cases.md).
/// </summary>
public sealed class ThanhTraV2MigrationTests(CaseFixture fixture) : IClassFixture<CaseFixture>
{
    public static TheoryData<string> V1RunningStates() => new(CaseWorkflowMigrations.ThanhTraInspectionV1ToV2.StateMap.Keys);

    /// <summary>A new case on v1 of the definition (as cases created before v2 was published are).</summary>
    private async Task<CaseDto> NewV1Case()
    {
        var unitId = await fixture.UnitIdAsync("P01");
        var id = await fixture.RunAsAsync("supervisor", async sp => (await sp.GetRequiredService<CaseStarter>().StartAsync(CaseKind.Inspection, AuthorityCode.ThanhTra,
            unitId, $"Thanh tra trước 1/7/2025 {Guid.NewGuid():N}", null, null, null, null, null, default, workflowVersion: 1)).Id);
        return await fixture.WithDecisionAndTeam(await fixture.Get(id));
    }

    private Task<WorkflowInstanceInfo> Instance(CaseDto c)
        => fixture.RunAsAsync("admin", sp => sp.GetRequiredService<IWorkflowInstanceQueries>().GetInstanceAsync(c.WorkflowInstanceId!.Value));

    [Fact]
    public async Task Should_start_new_inspections_on_the_latest_version_and_map_every_running_v1_state()
    {
        var c = await fixture.NewCase();
        (await Instance(c)).DefinitionVersion.ShouldBe(4); // v4 (issue 14: Leadership issues and signs the decision) is the latest
        var v1 = await fixture.RunAsAsync("admin", sp => sp.GetRequiredService<Workflows.Services.WorkflowDefinitionService>().GetPublishedAsync(CaseWorkflows.InspectionDefinitionId, 1));
        var v2 = await fixture.RunAsAsync("admin", sp => sp.GetRequiredService<Workflows.Services.WorkflowDefinitionService>().GetPublishedAsync(CaseWorkflows.InspectionDefinitionId, 2));
        CaseWorkflowMigrations.ThanhTraInspectionV1ToV2.StateMap.Keys.Order().ShouldBe(v1.Model.States.Where(s => !s.Final).Select(s => s.Name).Order());
        CaseWorkflowMigrations.ThanhTraInspectionV1ToV2.StateMap.Values.ShouldAllBe(s => v2.States.ContainsKey(s) && !v2.States[s].Final);
    }

    [Theory]
    [MemberData(nameof(V1RunningStates))]
    public async Task Should_migrate_a_v1_case_in_every_state_to_v2_with_the_documented_mapping(string state)
    {
        var c = await fixture.DriveTo(await NewV1Case(), state);
        c.State.ShouldBe(state);
        var before = await Instance(c);
        before.DefinitionVersion.ShouldBe(1);
        var openBefore = (await fixture.RunAsAsync("admin", sp => sp.GetRequiredService<IWorkflowInstanceQueries>().GetTasksAsync(before.Id))).Where(t => t.Status == "Open").ToList();

        var dry = await fixture.RunAsAsync("admin", async sp => await sp.GetRequiredService<CaseWorkflowMigrator>().MigrateAsync(c.Id, CaseWorkflowMigrations.ThanhTraInspectionV1ToV2, await Actor(sp), dryRun: true, default));
        dry.ShouldNotBeNull();
        dry.Applied.ShouldBeFalse();
        (await Instance(c)).DefinitionVersion.ShouldBe(1); // a dry run changes nothing

        var plan = await fixture.RunAsAsync("admin", async sp => await sp.GetRequiredService<CaseWorkflowMigrator>().MigrateAsync(c.Id, CaseWorkflowMigrations.ThanhTraInspectionV1ToV2, await Actor(sp), dryRun: false, default));
        plan!.Applied.ShouldBeTrue();
        plan.FromVersion.ShouldBe(1);
        plan.ToVersion.ShouldBe(2);
        plan.ToState.ShouldBe(CaseWorkflowMigrations.ThanhTraInspectionV1ToV2.StateMap[state]);

        var after = await Instance(c);
        after.DefinitionVersion.ShouldBe(2);
        after.State.ShouldBe(CaseWorkflowMigrations.ThanhTraInspectionV1ToV2.StateMap[state]);
        (await fixture.Get(c.Id)).State.ShouldBe(after.State); // the case mirror agrees
        var journal = await fixture.RunAsAsync("admin", sp => sp.GetRequiredService<IWorkflowInstanceQueries>().GetJournalAsync(after.Id));
        journal[^1].Kind.ShouldBe("Migrated");
        journal[^1].From.ShouldBe($"{state}@v1");
        journal[^1].To.ShouldBe($"{after.State}@v2");

        // The v2 tasks of the state exist, those of the same name keep their due time; nothing of v1 is left open twice.
        var v2 = await fixture.RunAsAsync("admin", sp => sp.GetRequiredService<Workflows.Services.WorkflowDefinitionService>().GetPublishedAsync(CaseWorkflows.InspectionDefinitionId, 2));
        var openAfter = (await fixture.RunAsAsync("admin", sp => sp.GetRequiredService<IWorkflowInstanceQueries>().GetTasksAsync(after.Id))).Where(t => t.Status == "Open").ToList();
        openAfter.Select(t => t.Name).Order().ShouldBe(v2.States[after.State].HumanTasks.Select(h => h.Name).Order());
        foreach (var kept in openAfter.Where(t => openBefore.Any(b => b.Id == t.Id)))
            kept.DueAtUtc.ShouldBe(openBefore.Single(b => b.Id == kept.Id).DueAtUtc);

        // Migrating again does nothing: the case is on v2.
        (await fixture.RunAsAsync("admin", async sp => await sp.GetRequiredService<CaseWorkflowMigrator>().MigrateAsync(c.Id, CaseWorkflowMigrations.ThanhTraInspectionV1ToV2, await Actor(sp), dryRun: false, default))).ShouldBeNull();
    }

    [Fact]
    public async Task Should_hold_a_migrated_decided_case_to_the_v2_rule_work_plan_approved_before_announce()
    {
        var c = await fixture.DriveTo(await NewV1Case(), CaseStates.Decided);
        c = await fixture.Cases("inspector", s => s.RecordAnnouncementAsync(c.Id, new RecordAnnouncementDto(fixture.Today, c.ConcurrencyStamp)));
        await fixture.RunAsAsync("admin", async sp => await sp.GetRequiredService<CaseWorkflowMigrator>().MigrateRunningAsync(CaseWorkflowMigrations.ThanhTraInspectionV1ToV2, await Actor(sp), dryRun: false, default));
        var refused = await Should.ThrowAsync<BusinessException>(() => fixture.Fire(c.Id, CaseTriggers.Announce, "inspector"));
        refused.Code.ShouldBe(CaseErrorCodes.WorkPlanNotApproved);
        c = await fixture.ApproveWorkPlan(await fixture.Get(c.Id));
        (await fixture.Fire(c.Id, CaseTriggers.Announce, "inspector")).State.ShouldBe(CaseStates.Announced);
    }

    private static async Task<WorkflowActor> Actor(IServiceProvider sp) => await sp.GetRequiredService<CaseAccess>().ActorAsync(default);
}
