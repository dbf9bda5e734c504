using InspectionSuite.Testing;
using InspectionSuite.Workflows;
using InspectionSuite.Workflows.Contracts;
using InspectionSuite.Workflows.Persistence;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
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

    private async Task<T> WithConnectionAsync<T>(Func<SqliteConnection, Task<T>> work)
    {
        await using var connection = new SqliteConnection(fixture.ConnectionString);
        await connection.OpenAsync();
        return await work(connection);
    }

    private static async Task<List<string>> ColumnAsync(SqliteConnection connection, string sql, int column, IEnumerable<(string Name, object? Value)>? parameters = null)
    {
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        foreach (var (name, value) in parameters ?? []) command.Parameters.AddWithValue(name, value ?? DBNull.Value);
        var values = new List<string>();
        await using var reader = await command.ExecuteReaderAsync();
        while (await reader.ReadAsync()) values.Add(reader.GetValue(column).ToString()!);
        return values;
    }

    private async Task<(WorkflowInstance Instance, WorkflowHumanTask Mine, WorkflowHumanTask Pooled, WorkflowHumanTask Done)> SeedAsync()
    {
        var now = DateTime.UtcNow;
        var instance = new WorkflowInstance
        {
            Id = Guid.NewGuid(), DefinitionId = "test.case", DefinitionVersion = 1, CorrelationId = Guid.NewGuid().ToString(), State = "OnSite",
            CreatedAtUtc = now, UpdatedAtUtc = now,
        };
        WorkflowHumanTask Task(string? user, string status) => new()
        {
            Id = Guid.NewGuid(), InstanceId = instance.Id, CorrelationId = instance.CorrelationId, Name = "WriteReport", State = "OnSite",
            AssigneeRole = "Inspector", AssigneeUserId = user, Status = status, DueAtUtc = now.AddDays(1), CreatedAtUtc = now,
        };
        var mine = Task("inspector-1", HumanTaskStatus.Open);
        var pooled = Task(null, HumanTaskStatus.Open);
        var done = Task("inspector-1", HumanTaskStatus.Completed);
        await fixture.RunAsAsync("admin", async sp =>
        {
            var db = sp.GetRequiredService<InspectionSuiteDbContext>();
            db.AddRange(instance, mine, pooled, done);
            await db.SaveChangesAsync();
        });
        return (instance, mine, pooled, done);
    }

    [Fact]
    public async Task Should_keep_only_open_tasks_in_the_open_task_indexes()
    {
        var (_, mine, pooled, done) = await SeedAsync();
        await WithConnectionAsync(async connection =>
        {
            foreach (var index in OpenTaskIndexes)
            {
                (await ColumnAsync(connection, $"SELECT sql FROM sqlite_master WHERE name = '{index}'", 0)).ShouldHaveSingleItem().ShouldEndWith("WHERE [Status] = 'Open'");
                var ids = await ColumnAsync(connection, $"SELECT Id FROM WfHumanTasks INDEXED BY \"{index}\" WHERE Status = 'Open'", 0);
                ids.ShouldContain(mine.Id.ToString().ToUpperInvariant());
                ids.ShouldContain(pooled.Id.ToString().ToUpperInvariant());
                ids.ShouldNotContain(done.Id.ToString().ToUpperInvariant());
            }
            return 0;
        });
    }

    [Fact]
    public async Task Should_read_both_halves_of_the_inbox_from_the_open_task_indexes_in_due_order()
    {
        var (_, mine, pooled, _) = await SeedAsync();
        lock (fixture.Probe.Reads) fixture.Probe.Reads.Clear();
        var page = await fixture.RunAsAsync("admin", sp => sp.GetRequiredService<IWorkflowInbox>().GetInboxAsync("inspector-1", ["Inspector"], 0, 20));
        page.Items.Select(t => t.Id).ShouldBe([mine.Id, pooled.Id], ignoreOrder: true);

        List<(string Sql, IReadOnlyList<(string Name, object? Value)> Parameters)> reads;
        lock (fixture.Probe.Reads) reads = fixture.Probe.Reads.Where(c => c.Sql.Contains("ORDER BY", StringComparison.Ordinal)).ToList();
        reads.Count.ShouldBe(2, "one ordered read per half of the inbox");
        await WithConnectionAsync(async connection =>
        {
            var used = new List<string>();
            foreach (var (sql, parameters) in reads)
            {
                var plan = await ColumnAsync(connection, "EXPLAIN QUERY PLAN " + sql, 3, parameters);
                var steps = string.Join("\n", plan);
                plan.ShouldNotContain(s => s.Contains("TEMP B-TREE"), steps); // the index gives the order
                plan.ShouldNotContain(s => s.StartsWith("SCAN w"), steps);
                used.Add(plan.Single(s => s.Contains("USING") && s.Contains("WfHumanTasks_Status_Assignee")));
            }
            used.ShouldContain(s => s.Contains(OpenTaskIndexes[0]));
            used.ShouldContain(s => s.Contains(OpenTaskIndexes[1]));
            return 0;
        });
    }
}
