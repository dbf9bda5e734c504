using CsCheck;
using InspectionSuite.Workflows.Contracts;
using InspectionSuite.Workflows.Persistence;
using Shouldly;

namespace InspectionSuite.Workflows.Tests;

public sealed class HumanTaskTests : WorkflowTestBase
{
    [Fact]
    public async Task Should_page_the_inbox_due_soonest_first_with_the_total()
    {
        var ids = new List<Guid>();
        for (var n = 0; n < 5; n++)
        {
            ids.Add((await F.StartCase($"case-{n}")).Id);
            F.Time.Advance(TimeSpan.FromDays(1)); // later start, later due date
        }

        var page1 = await F.Host.Run((r, _) => r.Inbox.GetInboxAsync("u-sup", ["Supervisor"], 0, 2));
        var page3 = await F.Host.Run((r, _) => r.Inbox.GetInboxAsync("u-sup", ["Supervisor"], 4, 2));

        page1.TotalCount.ShouldBe(5);
        page1.Items.Select(t => t.CorrelationId).ShouldBe(["case-0", "case-1"]);
        page1.Items[0].DueAtUtc.ShouldBeLessThanOrEqualTo(page1.Items[1].DueAtUtc);
        page3.Items.Select(t => t.CorrelationId).ShouldBe(["case-4"]);
        (await F.Host.Run((r, _) => r.Inbox.GetInboxAsync("u-lead", ["TeamLeader"], 0, 10))).TotalCount.ShouldBe(0);
    }

    [Fact]
    public async Task Should_count_and_page_only_the_tasks_of_the_given_instances_in_sql()
    {
        var ids = new List<Guid>();
        for (var n = 0; n < 4; n++)
        {
            ids.Add((await F.StartCase($"scoped-{n}")).Id);
            F.Time.Advance(TimeSpan.FromDays(1));
        }
        var wanted = new[] { ids[3], ids[1] };

        // The scope is a query over the same context (as the case service passes the visible cases), not a list.
        var page1 = await F.Host.Run((r, db) => r.Inbox.GetInboxAsync("u-sup", ["Supervisor"], 0, 1, db.Set<WorkflowInstance>().Where(i => wanted.Contains(i.Id)).Select(i => i.Id)));
        var page2 = await F.Host.Run((r, db) => r.Inbox.GetInboxAsync("u-sup", ["Supervisor"], 1, 1, db.Set<WorkflowInstance>().Where(i => wanted.Contains(i.Id)).Select(i => i.Id)));
        var none = await F.Host.Run((r, db) => r.Inbox.GetInboxAsync("u-sup", ["Supervisor"], 0, 10, db.Set<WorkflowInstance>().Where(i => i.Id == Guid.Empty).Select(i => i.Id)));

        page1.TotalCount.ShouldBe(2);
        page1.Items.Single().InstanceId.ShouldBe(ids[1]); // due sooner: started a day earlier
        page2.TotalCount.ShouldBe(2);
        page2.Items.Single().InstanceId.ShouldBe(ids[3]);
        none.TotalCount.ShouldBe(0);
        none.Items.ShouldBeEmpty();
    }

    [Fact]
    public async Task Should_merge_own_and_role_tasks_in_due_order_and_count_up_to_the_limit_for_any_mix()
    {
        // Any mix of open and closed tasks for the user, the user's roles, other users and other roles, in visible and
        // invisible instances, with any page and count limit: the inbox equals the brute-force answer, both when the
        // visible instances are a query (checked task by task) and when they are a list (read by instance).
        var visible = (await F.StartCase("visible")).Id;
        var hidden = (await F.StartCase("hidden")).Id;
        var task = Gen.Select(Gen.Int[0, 5], Gen.Int[0, 5], Gen.Int[0, 40], Gen.Bool, Gen.Bool);
        var gen = Gen.Select(task.Array[0, 25], Gen.Int[0, 12], Gen.Int[1, 6], Gen.Int[1, 30].Array[0, 1]);
        await gen.SampleAsync(async (tasks, skip, take, limits) =>
        {
            var run = Guid.NewGuid().ToString("N")[..8]; // each sample has its own user and roles
            string[] users = [$"me-{run}", $"other-{run}"];
            string[] roles = [$"R1-{run}", $"R2-{run}", $"R3-{run}"];
            var rows = tasks.Select((t, n) => new WorkflowHumanTask
            {
                Id = Guid.NewGuid(), InstanceId = t.Item4 ? visible : hidden, CorrelationId = "x", Name = $"t{n}", State = "S",
                // 0-1: a user (me, other); 2-4: a role of the pool (R1, R2 mine; R3 not); 5: a role but assigned to me
                AssigneeUserId = t.Item1 switch { 0 => users[0], 1 => users[1], 5 => users[0], _ => null },
                AssigneeRole = t.Item1 switch { >= 2 and <= 4 => roles[t.Item1 - 2], 5 => roles[0], _ => null },
                Status = t.Item5 ? HumanTaskStatus.Open : HumanTaskStatus.Completed,
                DueAtUtc = new DateTime(2026, 1, 1, 0, 0, 0, DateTimeKind.Utc).AddDays(t.Item3 % 7), // many ties
                CreatedAtUtc = new DateTime(2025, 1, 1, 0, 0, 0, DateTimeKind.Utc).AddHours(t.Item2),
            }).ToList();
            await F.Host.Run(async (_, db) => { db.Set<WorkflowHumanTask>().AddRange(rows); await db.SaveChangesAsync(); });
            int? limit = limits.Length == 0 ? null : limits[0];

            var page = await F.Host.Run((r, db) => r.Inbox.GetInboxAsync(users[0], [roles[0], roles[1]], skip, take,
                db.Set<WorkflowInstance>().Where(i => i.Id == visible).Select(i => i.Id), limit));

            var ofList = await F.Host.Run((r, _) => r.Inbox.GetInboxOfInstancesAsync(users[0], [roles[0], roles[1]], skip, take, [visible], limit));

            var expected = rows.Where(t => t.Status == HumanTaskStatus.Open && t.InstanceId == visible
                                           && (t.AssigneeUserId == users[0] || (t.AssigneeUserId == null && (t.AssigneeRole == roles[0] || t.AssigneeRole == roles[1]))))
                .OrderBy(t => t.DueAtUtc).ThenBy(t => t.CreatedAtUtc).ThenBy(t => t.Id).ToList();
            foreach (var answer in new[] { page, ofList }) // walked in due order, and read by instance
            {
                answer.Items.Select(t => t.Id).ShouldBe(expected.Skip(skip).Take(take).Select(t => t.Id));
                if (limit is { } l && expected.Count >= l)
                {
                    answer.TotalCount.ShouldBe(l);
                    answer.TotalCountIsLowerBound.ShouldBeTrue();
                }
                else
                {
                    answer.TotalCount.ShouldBe(expected.Count);
                    answer.TotalCountIsLowerBound.ShouldBeFalse();
                }
            }
        }, iter: 60);
    }

    [Fact]
    public async Task Should_reassign_send_back_with_a_reason_and_complete_a_task()
    {
        var i = await F.StartCase("case-1");
        var task = (await F.Host.Run((r, _) => r.Inbox.GetInboxAsync("u-sup", ["Supervisor"], 0, 10))).Items.Single();
        task.DueAtUtc.ShouldBe(new DateTime(2026, 9, 8, 17, 0, 0, DateTimeKind.Utc).AddTicks(-1)); // 5 working days after Fri 28/8, skipping 1/9 and 2/9: the end of Tue 8/9 in Vietnam

        await Should.ThrowAsync<ForbiddenException>(() => F.Host.Run((r, _) => r.Tasks.CompleteAsync(task.Id, Actors.Member)));

        var reassigned = await F.Host.Run((r, _) => r.Tasks.ReassignAsync(task.Id, Actors.Supervisor, "u-lan", null));
        (await F.Host.Run((r, _) => r.Inbox.GetInboxAsync("u-sup", ["Supervisor"], 0, 10))).TotalCount.ShouldBe(0);
        (await F.Host.Run((r, _) => r.Inbox.GetInboxAsync("u-lan", ["TeamMember"], 0, 10))).Items.Single().Id.ShouldBe(reassigned.Id);

        var noReason = await Should.ThrowAsync<BusinessException>(() => F.Host.Run((r, _) => r.Tasks.SendBackAsync(reassigned.Id, Actors.Member, "")));
        noReason.Code.ShouldBe(WorkflowErrorCodes.ReasonRequired);
        var back = await F.Host.Run((r, _) => r.Tasks.SendBackAsync(reassigned.Id, Actors.Member, "Thiếu danh sách thành viên đoàn"));

        back.AssigneeUserId.ShouldBe("u-sup");
        var inbox = await F.Host.Run((r, _) => r.Inbox.GetInboxAsync("u-sup", ["Supervisor"], 0, 10));
        inbox.Items.Single().SendBackReason.ShouldBe("Thiếu danh sách thành viên đoàn");

        await F.Host.Run((r, _) => r.Tasks.CompleteAsync(back.Id, Actors.Supervisor, "done"));

        (await F.Host.Run((r, _) => r.Inbox.GetInboxAsync("u-sup", ["Supervisor"], 0, 10))).TotalCount.ShouldBe(0);
        var all = await F.Host.Run((r, _) => r.Queries.GetTasksAsync(i.Id));
        all.Single(t => t.Id == task.Id).Status.ShouldBe(HumanTaskStatus.Reassigned);
        all.Single(t => t.Id == reassigned.Id).Status.ShouldBe(HumanTaskStatus.SentBack);
        all.Single(t => t.Id == back.Id).Status.ShouldBe(HumanTaskStatus.Completed);
        var kinds = (await F.Host.Run((r, _) => r.Queries.GetJournalAsync(i.Id))).Select(j => j.Kind).ToList();
        kinds.ShouldBe([JournalKind.Started, JournalKind.TaskReassigned, JournalKind.TaskSentBack, JournalKind.TaskCompleted]);
        await Should.ThrowAsync<BusinessException>(() => F.Host.Run((r, _) => r.Tasks.CompleteAsync(back.Id, Actors.Supervisor)));
    }
}
