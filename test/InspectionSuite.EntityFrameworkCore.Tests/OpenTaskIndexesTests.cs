using InspectionSuite.Testing;
using InspectionSuite.Workflows;
using InspectionSuite.Workflows.Contracts;
using InspectionSuite.Workflows.Persistence;
using Microsoft.Extensions.DependencyInjection;
using Shouldly;
using Xunit;

namespace InspectionSuite.EntityFrameworkCore.Tests;

/// <summary>
/// The inbox's two indexes and the overdue sweep's hold open tasks only (partial on SQLite, filtered on SQL Server): a task
/// that is completed or cancelled leaves them, and the inbox still reads both of its halves from them in due order.
/// </summary>
public sealed class OpenTaskIndexesTests(OverdueSweepFixture fixture) : IClassFixture<OverdueSweepFixture>
{
    private static readonly string[] OpenTaskIndexes =
    [
        "IX_WfHumanTasks_Status_AssigneeUserId_DueAtUtc_CreatedAtUtc_Id_InstanceId",
        "IX_WfHumanTasks_Status_AssigneeRole_DueAtUtc_CreatedAtUtc_Id_AssigneeUserId_InstanceId",
        "IX_WfHumanTasks_Status_IsOverdue_DueAtUtc",
    ];

    private async Task<(WorkflowHumanTask Mine, WorkflowHumanTask Pooled, WorkflowHumanTask Done)> SeedAsync()
    {
        var due = DateTime.UtcNow.AddDays(1);
        var instance = OverdueSweepFixture.NewInstance();
        var mine = OverdueSweepFixture.NewTask(instance, due, "inspector-1");
        var pooled = OverdueSweepFixture.NewTask(instance, due);
        var done = OverdueSweepFixture.NewTask(instance, due, "inspector-1", HumanTaskStatus.Completed);
        await fixture.SaveAsync(instance, mine, pooled, done);
        return (mine, pooled, done);
    }

    [Fact]
    public async Task Should_keep_only_open_tasks_in_the_open_task_indexes()
    {
        var (mine, pooled, done) = await SeedAsync();
        foreach (var index in OpenTaskIndexes)
        {
            (await fixture.ReadColumnAsync($"SELECT sql FROM sqlite_master WHERE name = '{index}'", 0)).ShouldHaveSingleItem().ShouldEndWith("WHERE [Status] = 'Open'");
            var ids = await fixture.ReadColumnAsync($"SELECT Id FROM WfHumanTasks INDEXED BY \"{index}\" WHERE Status = 'Open'", 0);
            ids.ShouldContain(mine.Id.ToString().ToUpperInvariant());
            ids.ShouldContain(pooled.Id.ToString().ToUpperInvariant());
            ids.ShouldNotContain(done.Id.ToString().ToUpperInvariant());
        }
    }

    [Fact]
    public async Task Should_read_both_halves_of_the_inbox_from_the_open_task_indexes_in_due_order()
    {
        var (mine, pooled, _) = await SeedAsync();
        lock (fixture.Probe.Reads) fixture.Probe.Reads.Clear();
        var page = await fixture.RunAsAsync("admin", sp => sp.GetRequiredService<IWorkflowInbox>().GetInboxAsync("inspector-1", ["Inspector"], 0, 20));
        page.Items.Select(t => t.Id).ShouldBe([mine.Id, pooled.Id], ignoreOrder: true);

        List<(string Sql, IReadOnlyList<(string Name, object? Value)> Parameters)> reads;
        lock (fixture.Probe.Reads) reads = fixture.Probe.Reads.Where(c => c.Sql.Contains("ORDER BY", StringComparison.Ordinal)).ToList();
        reads.Count.ShouldBe(2, "one ordered read per half of the inbox");
        var used = new List<string>();
        foreach (var (sql, parameters) in reads)
        {
            var plan = await fixture.QueryPlanAsync(sql, parameters);
            var steps = string.Join("\n", plan);
            plan.ShouldNotContain(s => s.Contains("TEMP B-TREE"), steps); // the index gives the order
            plan.ShouldNotContain(s => s.StartsWith("SCAN w"), steps);
            used.Add(plan.Single(s => s.Contains("USING") && s.Contains("WfHumanTasks_Status_Assignee")));
        }
        used.ShouldContain(s => s.Contains(OpenTaskIndexes[0]));
        used.ShouldContain(s => s.Contains(OpenTaskIndexes[1]));
    }
}
