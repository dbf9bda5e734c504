using InspectionSuite.Workflows.Contracts;
using InspectionSuite.Workflows.Persistence;
using Microsoft.EntityFrameworkCore;
using Shouldly;

namespace InspectionSuite.Workflows.Tests;

public sealed class RuntimeTests : WorkflowTestBase
{
    [Fact]
    public async Task Should_start_in_the_initial_state_with_its_task_and_a_journal_entry()
    {
        var i = await F.StartCase("case-1");

        i.State.ShouldBe("Planned");
        i.Version.ShouldBe(1);
        i.DefinitionVersion.ShouldBe(1);
        var tasks = await F.Host.Run((r, _) => r.Queries.GetTasksAsync(i.Id));
        tasks.Single().Name.ShouldBe("PrepareDecision");
        tasks.Single().AssigneeRole.ShouldBe("Supervisor");
        var journal = await F.Host.Run((r, _) => r.Queries.GetJournalAsync(i.Id));
        journal.Single().Kind.ShouldBe(JournalKind.Started);
    }

    [Fact]
    public async Task Should_fire_a_transition_and_commit_the_actions_changes_with_the_journal()
    {
        var i = await F.StartCase("case-1");

        var after = await F.Fire(i.Id, "Decide");

        after.State.ShouldBe("Decided");
        after.Version.ShouldBe(2);
        var journal = await F.Host.Run((r, _) => r.Queries.GetJournalAsync(i.Id));
        journal.Select(j => (j.Sequence, j.Kind, j.From, j.To, j.ActorId)).Last().ShouldBe((2, JournalKind.Transition, "Planned", "Decided", Actors.Supervisor.UserId));
        (await F.Host.Run((_, db) => db.Set<CaseNote>().CountAsync(n => n.Text == "entered Decided"))).ShouldBe(1);
        // The Planned task ends with its state.
        (await F.Host.Run((r, _) => r.Queries.GetTasksAsync(i.Id))).Single().Status.ShouldBe(HumanTaskStatus.Cancelled);
    }

    [Fact]
    public async Task Should_commit_the_callers_own_changes_in_the_same_save_as_the_step()
    {
        var i = await F.StartCase("case-1");
        await F.Host.Run(async (r, db) =>
        {
            db.Add(new CaseNote { Id = Guid.NewGuid(), CaseId = "case-1", Text = "decision signed" });
            await r.Runtime.FireAsync(i.Id, "Decide", Actors.Supervisor, """{"decisionNo":"12/QĐ-TTr"}""", 1);
        });
        (await F.Host.Run((_, db) => db.Set<CaseNote>().CountAsync(n => n.Text == "decision signed"))).ShouldBe(1);
        (await F.Host.Run((r, _) => r.Queries.GetJournalAsync(i.Id))).Last().PayloadSummary.ShouldNotBeNull().ShouldContain("12/QĐ-TTr");
    }

    [Fact]
    public async Task Should_refuse_concluding_without_a_results_report_and_change_nothing()
    {
        var i = await F.CaseInReporting("case-1");

        var error = await Should.ThrowAsync<BusinessException>(() => F.Host.Run(async (r, db) =>
        {
            db.Add(new CaseNote { Id = Guid.NewGuid(), CaseId = "case-1", Text = "caller change" });
            await r.Runtime.FireAsync(i.Id, "StartConcluding", Actors.TeamLeader, null, i.Version);
        }));

        error.Code.ShouldBe(TestErrorCodes.ResultsReportMissing);
        var reloaded = await F.Reload(i.Id);
        reloaded.State.ShouldBe("Reporting");
        reloaded.Version.ShouldBe(i.Version);
        (await F.Host.Run((r, _) => r.Queries.GetJournalAsync(i.Id))).Count.ShouldBe(4);
        (await F.Host.Run((_, db) => db.Set<CaseNote>().CountAsync(n => n.Text == "caller change"))).ShouldBe(0);
    }

    [Fact]
    public async Task Should_pass_the_guard_once_the_report_is_attached()
    {
        var i = await F.CaseInReporting("case-1");
        await F.Host.Run(async (_, db) => { db.Add(new CaseNote { Id = Guid.NewGuid(), CaseId = "case-1", Text = "results-report" }); await db.SaveChangesAsync(); });

        (await F.Fire(i.Id, "StartConcluding", Actors.TeamLeader)).State.ShouldBe("Concluding");
    }

    [Fact]
    public async Task Should_refuse_a_trigger_without_the_permission()
    {
        var i = await F.StartCase("case-1");

        var error = await Should.ThrowAsync<ForbiddenException>(() => F.Host.Run((r, _) => r.Runtime.FireAsync(i.Id, "Decide", Actors.TeamLeader, null, 1)));

        error.Args.ShouldContain("Cases.Decide");
        (await F.Reload(i.Id)).State.ShouldBe("Planned");
    }

    [Fact]
    public async Task Should_refuse_a_trigger_the_current_state_does_not_have()
    {
        var i = await F.StartCase("case-1");
        var error = await Should.ThrowAsync<BusinessException>(() => F.Host.Run((r, _) => r.Runtime.FireAsync(i.Id, "Close", Actors.Supervisor, null, 1)));
        error.Code.ShouldBe(WorkflowErrorCodes.TriggerNotPermitted);
    }

    [Fact]
    public async Task Should_list_triggers_with_allowed_flag_and_refusal_reason()
    {
        var i = await F.CaseInReporting("case-1");

        var forLeader = await F.Host.Run((r, _) => r.Runtime.GetTriggersAsync(i.Id, Actors.TeamLeader));
        forLeader.Select(t => t.Trigger).ShouldBe(["StartConcluding", "Cancel"]);
        var concluding = forLeader.Single(t => t.Trigger == "StartConcluding");
        concluding.Allowed.ShouldBeFalse();
        concluding.ReasonCode.ShouldBe(TestErrorCodes.ResultsReportMissing);
        var cancel = forLeader.Single(t => t.Trigger == "Cancel");
        cancel.Allowed.ShouldBeFalse();
        cancel.ReasonCode.ShouldBe(InspectionSuiteErrorCodes.Forbidden);

        var forSupervisor = await F.Host.Run((r, _) => r.Runtime.GetTriggersAsync(i.Id, Actors.Supervisor));
        forSupervisor.Single(t => t.Trigger == "Cancel").Allowed.ShouldBeTrue();
    }

    [Fact]
    public async Task Should_refuse_a_stale_expected_version()
    {
        var i = await F.StartCase("case-1");
        await F.Fire(i.Id, "Decide");

        await Should.ThrowAsync<ConcurrencyConflictException>(() => F.Host.Run((r, _) => r.Runtime.FireAsync(i.Id, "Announce", Actors.Supervisor, null, 1)));
        (await F.Reload(i.Id)).State.ShouldBe("Decided");
    }

    [Fact]
    public async Task Should_fire_twice_in_one_scope_and_journal_both_steps_in_order()
    {
        // The transition row is written outside change tracking; the tracked instance must carry the new version on.
        var i = await F.StartCase("case-1");

        var second = await F.Host.Run(async (r, _) =>
        {
            var first = await r.Runtime.FireAsync(i.Id, "Decide", Actors.Supervisor, null, 1);
            return await r.Runtime.FireAsync(i.Id, "Announce", Actors.Supervisor, null, first.Version);
        });

        second.Version.ShouldBe(3);
        var reloaded = await F.Reload(i.Id);
        (reloaded.State, reloaded.Version).ShouldBe(("OnSite", 3));
        var journal = await F.Host.Run((r, _) => r.Queries.GetJournalAsync(i.Id));
        journal.Select(j => (j.Sequence, j.To)).ShouldBe([(1, "Planned"), (2, "Decided"), (3, "OnSite")]);
    }

    [Fact]
    public async Task Should_let_exactly_one_of_two_concurrent_fires_win()
    {
        var i = await F.StartCase("case-1");
        var second = F.NewHost("host-2");
        using var gate = new Barrier(2);

        async Task<Exception?> Attempt(TestHost host) =>
            await Task.Run(async () =>
            {
                try
                {
                    await host.Run(async (r, db) =>
                    {
                        await db.Set<WorkflowInstance>().AsNoTracking().FirstAsync(x => x.Id == i.Id); // warm the connection
                        gate.SignalAndWait(TimeSpan.FromSeconds(10));
                        await r.Runtime.FireAsync(i.Id, "Decide", Actors.Supervisor, null, 1);
                    });
                    return null;
                }
                catch (Exception ex) { return ex; }
            });

        var outcomes = await Task.WhenAll(Attempt(F.Host), Attempt(second));

        outcomes.Count(o => o is null).ShouldBe(1);
        outcomes.Single(o => o is not null).ShouldBeOfType<ConcurrencyConflictException>();
        var journal = await F.Host.Run((r, _) => r.Queries.GetJournalAsync(i.Id));
        journal.Count(j => j.Kind == JournalKind.Transition).ShouldBe(1);
        (await F.Host.Run((_, db) => db.Set<CaseNote>().CountAsync(n => n.Text == "entered Decided"))).ShouldBe(1);
        (await F.Reload(i.Id)).Version.ShouldBe(2);
    }

    [Fact]
    public async Task Should_record_an_incident_when_an_action_throws_and_apply_the_step_on_retry()
    {
        var i = await F.CaseInReporting("case-1");
        await F.Host.Run(async (_, db) => { db.Add(new CaseNote { Id = Guid.NewGuid(), CaseId = "case-1", Text = "results-report" }); await db.SaveChangesAsync(); });
        F.Probe.FailFlaky = true;

        var error = await Should.ThrowAsync<WorkflowActionFailedException>(() => F.Host.Run(async (r, db) =>
        {
            db.Add(new CaseNote { Id = Guid.NewGuid(), CaseId = "case-1", Text = "caller change" });
            await r.Runtime.FireAsync(i.Id, "StartConcluding", Actors.TeamLeader, """{"note":"x"}""", i.Version);
        }));

        error.ActionName.ShouldBe("Flaky");
        error.Code.ShouldBe(WorkflowErrorCodes.ActionFailed);
        var unchanged = await F.Reload(i.Id);
        unchanged.State.ShouldBe("Reporting");
        unchanged.Version.ShouldBe(i.Version);
        (await F.Host.Run((_, db) => db.Set<CaseNote>().CountAsync(n => n.Text == "caller change" || n.Text == "flaky ran"))).ShouldBe(0);
        var incident = (await F.Host.Run((r, _) => r.Queries.GetOpenIncidentsAsync(i.Id))).Single();
        incident.Id.ShouldBe(error.IncidentId);
        incident.Message.ShouldContain("document service unavailable");
        incident.Trigger.ShouldBe("StartConcluding");

        F.Probe.FailFlaky = false;
        var result = await F.Host.Run((r, _) => r.Alterations.RetryIncidentAsync(incident.Id, Actors.Supervisor));

        result!.To.ShouldBe("Concluding");
        (await F.Reload(i.Id)).State.ShouldBe("Concluding");
        (await F.Host.Run((r, _) => r.Queries.GetOpenIncidentsAsync(i.Id))).ShouldBeEmpty();
        (await F.Host.Run((r, _) => r.Queries.GetJournalAsync(i.Id))).Last().Kind.ShouldBe(JournalKind.Retried);
        (await F.Host.Run((_, db) => db.Set<CaseNote>().CountAsync(n => n.Text == "flaky ran"))).ShouldBe(1);
    }

    [Fact]
    public async Task Should_count_attempts_when_a_retry_fails_again()
    {
        var i = await F.CaseInReporting("case-1");
        await F.Host.Run(async (_, db) => { db.Add(new CaseNote { Id = Guid.NewGuid(), CaseId = "case-1", Text = "results-report" }); await db.SaveChangesAsync(); });
        F.Probe.FailFlaky = true;
        var error = await Should.ThrowAsync<WorkflowActionFailedException>(() => F.Host.Run((r, _) => r.Runtime.FireAsync(i.Id, "StartConcluding", Actors.TeamLeader, null, i.Version)));

        await Should.ThrowAsync<WorkflowActionFailedException>(() => F.Host.Run((r, _) => r.Alterations.RetryIncidentAsync(error.IncidentId, Actors.Supervisor)));

        var incident = (await F.Host.Run((r, _) => r.Queries.GetOpenIncidentsAsync(i.Id))).Single();
        incident.Attempts.ShouldBe(2);
        (await F.Reload(i.Id)).State.ShouldBe("Reporting");
    }

    [Fact]
    public async Task Should_cancel_with_a_reason_closing_open_work()
    {
        var i = await F.StartCase("case-1");
        await Should.ThrowAsync<BusinessException>(() => F.Host.Run((r, _) => r.Alterations.CancelAsync(i.Id, Actors.Supervisor, " ", 1)));

        await F.Host.Run((r, _) => r.Alterations.CancelAsync(i.Id, Actors.Supervisor, "trùng với kế hoạch Kiểm toán nhà nước", 1));

        var after = await F.Reload(i.Id);
        after.Status.ShouldBe(WorkflowInstanceStatus.Cancelled);
        (await F.Host.Run((r, _) => r.Queries.GetTasksAsync(i.Id))).ShouldAllBe(t => t.Status == HumanTaskStatus.Cancelled);
        (await F.Host.Run((r, _) => r.Queries.GetJournalAsync(i.Id))).Last().Kind.ShouldBe(JournalKind.Cancelled);
        var error = await Should.ThrowAsync<BusinessException>(() => F.Host.Run((r, _) => r.Runtime.FireAsync(i.Id, "Decide", Actors.Supervisor, null, after.Version)));
        error.Code.ShouldBe(WorkflowErrorCodes.InstanceNotRunning);
    }
}
