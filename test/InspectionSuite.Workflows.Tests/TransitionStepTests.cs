using InspectionSuite.Workflows.Contracts;
using InspectionSuite.Workflows.Persistence;
using Shouldly;

namespace InspectionSuite.Workflows.Tests;

/// <summary>
/// The order of a step's actions, which the Stateless machine used to give and <c>TransitionStep</c> now gives itself:
/// exit actions of the state left, then entry actions of the state entered; a self-transition leaves and re-enters.
/// </summary>
public sealed class TransitionStepTests : WorkflowTestBase
{
    private const string Definition = """
        {
          "definitionId": "test.steps", "version": 1,
          "name": { "vi": "Thứ tự hành động", "en": "Action order" },
          "initial": "Drafting",
          "states": [
            { "name": "Drafting", "labels": { "vi": "Soạn thảo", "en": "Drafting" }, "entry": ["TracePhase"], "exit": ["TracePhase"],
              "humanTasks": [ { "name": "Draft", "role": "TeamLeader", "due": { "days": 5, "kind": "working" } } ] },
            { "name": "Review", "labels": { "vi": "Xem xét", "en": "Review" }, "entry": ["TracePhase"] },
            { "name": "Done", "labels": { "vi": "Xong", "en": "Done" }, "final": true }
          ],
          "transitions": [
            { "name": "Redo", "from": "Drafting", "to": "Drafting", "trigger": "Redo", "permission": "Cases.Run" },
            { "name": "Submit", "from": "Drafting", "to": "Review", "trigger": "Submit", "permission": "Cases.Run" },
            { "name": "Finish", "from": "Review", "to": "Done", "trigger": "Finish", "permission": "Cases.Run" }
          ]
        }
        """;

    private async Task<WorkflowInstanceInfo> StartAsync()
    {
        await F.Host.Definitions(d => d.SaveDraftAsync(Definition));
        await F.Host.Definitions(d => d.PublishAsync("test.steps", 1));
        return await F.Host.Run((r, _) => r.Runtime.StartAsync("test.steps", "case-steps", Actors.Supervisor));
    }

    [Fact]
    public async Task Should_run_exit_actions_of_the_state_left_before_entry_actions_of_the_state_entered()
    {
        var started = await StartAsync();
        F.Probe.Trace.ToArray().ShouldBe(["Entry Drafting"]);

        var moved = await F.Fire(started.Id, "Submit", Actors.TeamLeader);

        moved.State.ShouldBe("Review");
        F.Probe.Trace.ToArray().ShouldBe(["Entry Drafting", "Exit Drafting", "Entry Review"]);
        var journal = await F.Host.Run((r, _) => r.Queries.GetJournalAsync(started.Id));
        journal.Select(j => (j.Kind, j.From, j.To)).ShouldBe([(JournalKind.Started, (string?)null, "Drafting"), (JournalKind.Transition, "Drafting", "Review")]);
    }

    [Fact]
    public async Task Should_leave_and_reenter_the_state_on_a_self_transition_with_its_task_made_anew()
    {
        var started = await StartAsync();
        var firstTask = (await F.Host.Run((r, _) => r.Queries.GetTasksAsync(started.Id))).ShouldHaveSingleItem();

        var again = await F.Fire(started.Id, "Redo", Actors.TeamLeader);

        again.State.ShouldBe("Drafting");
        again.Version.ShouldBe(started.Version + 1);
        F.Probe.Trace.ToArray().ShouldBe(["Entry Drafting", "Exit Drafting", "Entry Drafting"]);
        var tasks = await F.Host.Run((r, _) => r.Queries.GetTasksAsync(started.Id));
        tasks.Select(t => (t.Id == firstTask.Id, t.Status)).ShouldBe([(true, HumanTaskStatus.Cancelled), (false, HumanTaskStatus.Open)], ignoreOrder: true);
    }

    [Fact]
    public async Task Should_offer_only_the_triggers_of_the_current_state()
    {
        var started = await StartAsync();

        var triggers = await F.Host.Run((r, _) => r.Runtime.GetTriggersAsync(started.Id, Actors.TeamLeader));

        triggers.Select(t => (t.Trigger, t.Allowed)).ShouldBe([("Redo", true), ("Submit", true)]);
        await Should.ThrowAsync<BusinessException>(() => F.Fire(started.Id, "Finish", Actors.TeamLeader));
        F.Probe.Trace.ToArray().ShouldBe(["Entry Drafting"]); // a refused trigger runs nothing
    }
}
