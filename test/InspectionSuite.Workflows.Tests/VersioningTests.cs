using System.Text.Json.Nodes;
using InspectionSuite.Workflows.Contracts;
using InspectionSuite.Workflows.Persistence;
using Shouldly;

namespace InspectionSuite.Workflows.Tests;

public sealed class VersioningTests : WorkflowTestBase
{
    /// <summary>v2 renames Decided to DecisionIssued and adds a task there.</summary>
    private static string Version2()
    {
        var json = File.ReadAllText(Path.Combine(TestHost.DefinitionsDir, "test.case.json")).Replace("\"Decided\"", "\"DecisionIssued\"");
        var node = JsonNode.Parse(json)!.AsObject();
        node["version"] = 2;
        var state = node["states"]!.AsArray().Single(s => s!["name"]!.GetValue<string>() == "DecisionIssued")!.AsObject();
        state["humanTasks"] = JsonNode.Parse("""[{"name":"AppointTeam","role":"Supervisor","due":{"days":3,"kind":"working"}}]""");
        return node.ToJsonString();
    }

    [Fact]
    public async Task Should_keep_running_instances_on_their_version_after_publishing_v2()
    {
        var old = await F.StartCase("case-old");
        var draft = await F.Host.Definitions(d => d.SaveDraftAsync(Version2()));
        draft.Status.ShouldBe(DefinitionStatus.Draft);

        // A draft is not used by new instances.
        (await F.StartCase("case-before-publish")).DefinitionVersion.ShouldBe(1);
        await F.Host.Definitions(d => d.PublishAsync("test.case", 2));
        var fresh = await F.StartCase("case-new");

        fresh.DefinitionVersion.ShouldBe(2);
        (await F.Reload(old.Id)).DefinitionVersion.ShouldBe(1);
        (await F.Fire(old.Id, "Decide")).State.ShouldBe("Decided");        // v1 rules
        (await F.Fire(fresh.Id, "Decide")).State.ShouldBe("DecisionIssued"); // v2 rules
    }

    [Fact]
    public async Task Should_refuse_to_change_a_published_version()
    {
        var json = File.ReadAllText(Path.Combine(TestHost.DefinitionsDir, "test.case.json")).Replace("Quy trình thử nghiệm", "Đổi tên");
        var error = await Should.ThrowAsync<BusinessException>(() => F.Host.Definitions(d => d.SaveDraftAsync(json)));
        error.Code.ShouldBe(WorkflowErrorCodes.PublishedVersionImmutable);
    }

    [Fact]
    public async Task Should_show_a_migration_in_a_dry_run_without_saving_then_apply_it()
    {
        var i = await F.StartCase("case-1");
        await F.Fire(i.Id, "Decide");
        await F.Host.Definitions(async d => { await d.SaveDraftAsync(Version2()); return await d.PublishAsync("test.case", 2); });
        var before = await F.Reload(i.Id);
        var mapping = new Dictionary<string, string> { ["Decided"] = "DecisionIssued" };

        var unmapped = await Should.ThrowAsync<BusinessException>(() => F.Host.Run((r, _) => r.Alterations.PlanMigrationAsync(i.Id, 2, null, before.Version)));
        unmapped.Code.ShouldBe(WorkflowErrorCodes.MigrationStateUnmapped);

        var plan = await F.Host.Run((r, _) => r.Alterations.PlanMigrationAsync(i.Id, 2, mapping, before.Version));
        plan.Applied.ShouldBeFalse();
        plan.ToState.ShouldBe("DecisionIssued");
        plan.TasksCreated.ShouldBe(["AppointTeam"]);
        var still = await F.Reload(i.Id);
        (still.DefinitionVersion, still.State, still.Version).ShouldBe((1, "Decided", before.Version));
        (await F.Host.Run((r, _) => r.Queries.GetTasksAsync(i.Id))).ShouldNotContain(t => t.Name == "AppointTeam");

        var applied = await F.Host.Run((r, _) => r.Alterations.MigrateAsync(i.Id, 2, mapping, Actors.Supervisor, before.Version));

        applied.Applied.ShouldBeTrue();
        var after = await F.Reload(i.Id);
        (after.DefinitionVersion, after.State).ShouldBe((2, "DecisionIssued"));
        (await F.Host.Run((r, _) => r.Queries.GetTasksAsync(i.Id))).ShouldContain(t => t.Name == "AppointTeam" && t.Status == HumanTaskStatus.Open);
        var last = (await F.Host.Run((r, _) => r.Queries.GetJournalAsync(i.Id))).Last();
        (last.Kind, last.From, last.To).ShouldBe((JournalKind.Migrated, "Decided@v1", "DecisionIssued@v2"));
        (await F.Fire(i.Id, "Announce")).State.ShouldBe("OnSite");
    }

    [Fact]
    public async Task Should_hand_a_carried_over_task_to_the_assignee_the_target_version_declares_keeping_its_due_time()
    {
        // v2 gives Planned's PrepareDecision to Leadership (as thanh-tra.inspection v4 does with IssueDecision).
        var i = await F.StartCase("case-reassigned");
        var node = JsonNode.Parse(File.ReadAllText(Path.Combine(TestHost.DefinitionsDir, "test.case.json")))!.AsObject();
        node["version"] = 2;
        node["states"]!.AsArray().Single(s => s!["name"]!.GetValue<string>() == "Planned")!["humanTasks"]![0]!["role"] = "Leadership";
        await F.Host.Definitions(async d => { await d.SaveDraftAsync(node.ToJsonString()); return await d.PublishAsync("test.case", 2); });
        var before = await F.Reload(i.Id);
        var task = (await F.Host.Run((r, _) => r.Queries.GetTasksAsync(i.Id))).Single(t => t.Status == HumanTaskStatus.Open);
        task.AssigneeRole.ShouldBe("Supervisor");

        var dry = await F.Host.Run((r, _) => r.Alterations.PlanMigrationAsync(i.Id, 2, null, before.Version));
        dry.TasksReassigned.ShouldBe(["PrepareDecision"]);
        dry.TasksCreated.ShouldBeEmpty();
        dry.TasksCancelled.ShouldBeEmpty();
        (await F.Host.Run((r, _) => r.Queries.GetTasksAsync(i.Id))).Single(t => t.Status == HumanTaskStatus.Open).AssigneeRole.ShouldBe("Supervisor");

        var applied = await F.Host.Run((r, _) => r.Alterations.MigrateAsync(i.Id, 2, null, Actors.Supervisor, before.Version));
        applied.TasksReassigned.ShouldBe(["PrepareDecision"]);
        var moved = (await F.Host.Run((r, _) => r.Queries.GetTasksAsync(i.Id))).Single(t => t.Status == HumanTaskStatus.Open);
        (moved.Id, moved.AssigneeRole, moved.DueAtUtc).ShouldBe((task.Id, "Leadership", task.DueAtUtc));
    }

    [Fact]
    public async Task Should_refuse_to_start_without_a_required_variable()
    {
        var node = JsonNode.Parse(File.ReadAllText(Path.Combine(TestHost.DefinitionsDir, "test.case.json")))!.AsObject();
        node["version"] = 2;
        node["variables"]!["subject"]!["required"] = true;
        await F.Host.Definitions(async d => { await d.SaveDraftAsync(node.ToJsonString()); return await d.PublishAsync("test.case", 2); });

        var error = await Should.ThrowAsync<InputValidationException>(() => F.Host.Run((r, _) => r.Runtime.StartAsync("test.case", "case-x", Actors.Supervisor, "{}")));

        error.Errors.Keys.ShouldBe(["subject"]);
        (await F.Host.Run((r, _) => r.Queries.FindByCorrelationAsync("case-x"))).ShouldBeEmpty();
        (await F.StartCase("case-y")).DefinitionVersion.ShouldBe(2);
    }
}
