using InspectionSuite.Cases;
using InspectionSuite.Cases.Workflow;
using InspectionSuite.Organization;
using InspectionSuite.Workflows.Contracts;
using Microsoft.Extensions.DependencyInjection;
using Shouldly;
using Xunit;

namespace InspectionSuite.Application.Tests.Cases;

/// <summary>
/// thanh-tra.inspection v3 (Leadership's "Gia hạn" task on request) is published beside v2; running v2 cases move with the
/// runtime's migration by the documented identity mapping (<see cref="CaseWorkflowMigrations.ThanhTraInspectionV2ToV3"/>, docs/cases.md).
/// </summary>
public sealed class ThanhTraV3MigrationTests(CaseFixture fixture) : IClassFixture<CaseFixture>
{
    public static TheoryData<string> V2RunningStates() => new(CaseWorkflowMigrations.ThanhTraInspectionV2ToV3.StateMap.Keys);

    /// <summary>A new case on v2 of the definition (as cases created before v3 was published are).</summary>
    private async Task<CaseDto> NewV2Case()
    {
        var unitId = await fixture.UnitIdAsync("P01");
        var id = await fixture.RunAsAsync("supervisor", async sp => (await sp.GetRequiredService<CaseStarter>().StartAsync(CaseKind.Inspection, AuthorityCode.ThanhTra,
            unitId, $"Thanh tra v2 {Guid.NewGuid():N}", null, null, null, null, null, default, workflowVersion: 2)).Id);
        return await fixture.WithDecisionAndTeam(await fixture.Get(id));
    }

    private Task<WorkflowInstanceInfo> Instance(CaseDto c)
        => fixture.RunAsAsync("admin", sp => sp.GetRequiredService<IWorkflowInstanceQueries>().GetInstanceAsync(c.WorkflowInstanceId!.Value));

    private Task<Workflows.Definitions.CompiledDefinition> Definition(int version)
        => fixture.RunAsAsync("admin", sp => sp.GetRequiredService<Workflows.Services.WorkflowDefinitionService>().GetPublishedAsync(CaseWorkflows.InspectionDefinitionId, version));

    [Fact]
    public async Task Should_map_every_running_v2_state_and_add_only_the_extension_task_on_request()
    {
        var v2 = await Definition(2);
        var v3 = await Definition(3);
        CaseWorkflowMigrations.ThanhTraInspectionV2ToV3.StateMap.Keys.Order().ShouldBe(v2.Model.States.Where(s => !s.Final).Select(s => s.Name).Order());
        CaseWorkflowMigrations.ThanhTraInspectionV2ToV3.StateMap.Values.ShouldAllBe(s => v3.States.ContainsKey(s) && !v3.States[s].Final);
        CaseWorkflowMigrations.Find(CaseWorkflows.InspectionDefinitionId, 2).ShouldBe(CaseWorkflowMigrations.ThanhTraInspectionV2ToV3);
        var added = v3.States[CaseStates.OnSite].HumanTasks.Select(h => h.Name).Except(v2.States[CaseStates.OnSite].HumanTasks.Select(h => h.Name)).ShouldHaveSingleItem();
        added.ShouldBe(CaseWorkflows.DecideExtensionTask);
        var task = v3.States[CaseStates.OnSite].HumanTasks.Single(h => h.Name == added);
        task.OnRequest.ShouldBeTrue();
        task.Role.ShouldBe("Leadership");
        v3.Model.Limits.ShouldContainKey("ExtensionDecision");
    }

    [Theory]
    [MemberData(nameof(V2RunningStates))]
    public async Task Should_migrate_a_v2_case_in_every_state_to_v3_with_the_documented_mapping(string state)
    {
        var c = await fixture.DriveTo(await NewV2Case(), state);
        c.State.ShouldBe(state);
        var before = await Instance(c);
        before.DefinitionVersion.ShouldBe(2);
        var queries = (Func<Guid, Task<IReadOnlyList<HumanTaskInfo>>>)(id => fixture.RunAsAsync("admin", sp => sp.GetRequiredService<IWorkflowInstanceQueries>().GetTasksAsync(id)));
        var openBefore = (await queries(before.Id)).Where(t => t.Status == "Open").ToList();

        var dry = await fixture.RunAsAsync("admin", async sp => await sp.GetRequiredService<CaseWorkflowMigrator>().MigrateAsync(c.Id, CaseWorkflowMigrations.ThanhTraInspectionV2ToV3, await Actor(sp), dryRun: true, default));
        dry!.Applied.ShouldBeFalse();
        dry.TasksCreated.ShouldNotContain(CaseWorkflows.DecideExtensionTask); // nobody asked yet
        (await Instance(c)).DefinitionVersion.ShouldBe(2);

        var plan = await fixture.RunAsAsync("admin", async sp => await sp.GetRequiredService<CaseWorkflowMigrator>().MigrateAsync(c.Id, CaseWorkflowMigrations.ThanhTraInspectionV2ToV3, await Actor(sp), dryRun: false, default));
        plan!.Applied.ShouldBeTrue();
        plan.ToVersion.ShouldBe(3);
        plan.ToState.ShouldBe(state);
        plan.TasksCancelled.ShouldBeEmpty();
        plan.DeadlinesCancelled.ShouldBeEmpty();

        var after = await Instance(c);
        after.DefinitionVersion.ShouldBe(3);
        after.State.ShouldBe(state);
        (await fixture.Get(c.Id)).State.ShouldBe(state);
        var openAfter = (await queries(after.Id)).Where(t => t.Status == "Open").ToList();
        // Same work, same due times: v3 differs only by a task opened on request.
        openAfter.Select(t => t.Id).Order().ShouldBe(openBefore.Select(t => t.Id).Order());
        foreach (var kept in openAfter) kept.DueAtUtc.ShouldBe(openBefore.Single(b => b.Id == kept.Id).DueAtUtc);
        var journal = await fixture.RunAsAsync("admin", sp => sp.GetRequiredService<IWorkflowInstanceQueries>().GetJournalAsync(after.Id));
        journal[^1].Kind.ShouldBe("Migrated");
        journal[^1].From.ShouldBe($"{state}@v2");
        journal[^1].To.ShouldBe($"{state}@v3");

        if (state == CaseStates.OnSite)
        {
            // Once on v3 the team may ask, and Leadership gets its "Gia hạn" task.
            var dto = await fixture.Get(c.Id);
            await fixture.RunAsAsync("inspector", sp => sp.GetRequiredService<ICaseLawAppService>().RequestExtensionAsync(c.Id, new RequestExtensionDto(10, "Khối lượng lớn", dto.ConcurrencyStamp)));
            (await fixture.Cases("leader", s => s.GetInboxAsync(0, 500))).Items.ShouldContain(t => t.CaseId == c.Id && t.TaskName == CaseWorkflows.DecideExtensionTask);
        }
        (await fixture.RunAsAsync("admin", async sp => await sp.GetRequiredService<CaseWorkflowMigrator>().MigrateAsync(c.Id, CaseWorkflowMigrations.ThanhTraInspectionV2ToV3, await Actor(sp), dryRun: false, default))).ShouldBeNull();
    }

    [Fact]
    public async Task A_v2_case_cannot_open_the_extension_task_until_migrated()
    {
        var c = await fixture.DriveTo(await NewV2Case(), CaseStates.OnSite);
        var refused = await Should.ThrowAsync<BusinessException>(() => fixture.RunAsAsync("inspector", sp => sp.GetRequiredService<ICaseLawAppService>()
            .RequestExtensionAsync(c.Id, new RequestExtensionDto(10, "Khối lượng lớn", c.ConcurrencyStamp))));
        refused.Code.ShouldBe(Workflows.WorkflowErrorCodes.TaskNotOnRequest);
    }

    private static async Task<WorkflowActor> Actor(IServiceProvider sp) => await sp.GetRequiredService<CaseAccess>().ActorAsync(default);
}
