using System.Data.Common;
using InspectionSuite.Testing;
using InspectionSuite.Workflows;
using InspectionSuite.Workflows.Persistence;
using InspectionSuite.Workflows.Timers;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.Extensions.DependencyInjection;
using Shouldly;
using Xunit;

namespace InspectionSuite.EntityFrameworkCore.Tests;

/// <summary>
/// The timer's overdue sweep (every pass of <see cref="WorkflowTimerService"/>) on the migrated database: it seeks its index
/// instead of walking the open tasks, and it writes in a transaction, so the process's <see cref="SqliteWriteGate"/> queues it
/// with the commands instead of it sleeping in SQLite's busy handler.
/// </summary>
public sealed class OverdueSweepTests(OverdueSweepFixture fixture) : IClassFixture<OverdueSweepFixture>
{
    private async Task<(Guid Due, Guid NotYetDue, TaskStatementProbe.Sweep Sweep)> SweepAsync()
    {
        var now = DateTime.UtcNow;
        var instance = OverdueSweepFixture.NewInstance();
        var due = OverdueSweepFixture.NewTask(instance, now.AddDays(-1));
        var notYetDue = OverdueSweepFixture.NewTask(instance, now.AddDays(1));
        await fixture.SaveAsync(instance, due, notYetDue);

        fixture.Probe.Sweeps.Clear();
        await fixture.Services.GetRequiredService<WorkflowTimerService>().RunDueTimersAsync(CancellationToken.None);
        return (due.Id, notYetDue.Id, fixture.Probe.Sweeps.ShouldHaveSingleItem());
    }

    [Fact]
    public async Task Should_flag_due_tasks_in_a_transaction_that_holds_the_write_gate()
    {
        var (due, notYetDue, sweep) = await SweepAsync();

        sweep.InTransaction.ShouldBeTrue();
        sweep.HeldWriteGate.ShouldBeTrue();
        var flagged = await fixture.RunAsAsync("admin", sp => sp.GetRequiredService<InspectionSuiteDbContext>().Set<WorkflowHumanTask>()
            .Where(t => t.Id == due || t.Id == notYetDue).ToDictionaryAsync(t => t.Id, t => t.IsOverdue));
        flagged[due].ShouldBeTrue();
        flagged[notYetDue].ShouldBeFalse();
    }

    [Fact]
    public async Task Should_seek_the_sweep_s_index_for_the_open_unflagged_tasks_already_due()
    {
        var (_, _, sweep) = await SweepAsync();

        // The UPDATE EF sent, planned by SQLite on the migrated schema (with the statistics DbMigrator's ANALYZE keeps).
        var plan = await fixture.QueryPlanAsync(sweep.Sql, sweep.Parameters);

        var steps = string.Join("\n", plan);
        plan.ShouldHaveSingleItem().ShouldBe("SEARCH w USING INDEX IX_WfHumanTasks_Status_IsOverdue_DueAtUtc (Status=? AND IsOverdue=? AND DueAtUtc<?)", steps);
        plan.ShouldNotContain(s => s.StartsWith("SCAN"), steps);
    }
}

/// <summary>The app over SQLite with the workflow runtime (no definitions, no timer host) and <see cref="TaskStatementProbe"/> on its contexts.</summary>
public sealed class OverdueSweepFixture : AppFixture
{
    public TaskStatementProbe Probe { get; } = new();

    protected override void ConfigureServices(IServiceCollection services)
    {
        services.AddInspectionSuiteWorkflows(o => o.RunTimerHost = false);
        services.ConfigureDbContext<SqliteInspectionSuiteDbContext>((_, o) => o.AddInterceptors(Probe));
    }

    /// <summary>An instance of a definition that does not exist (nothing here runs it), not yet saved.</summary>
    public static WorkflowInstance NewInstance()
    {
        var now = DateTime.UtcNow;
        return new WorkflowInstance
        {
            Id = Guid.NewGuid(), DefinitionId = "test.case", DefinitionVersion = 1, CorrelationId = Guid.NewGuid().ToString(), State = "OnSite",
            CreatedAtUtc = now, UpdatedAtUtc = now,
        };
    }

    /// <summary>An inspector's task of the instance, due then, not yet saved.</summary>
    public static WorkflowHumanTask NewTask(WorkflowInstance instance, DateTime due, string? userId = null, string status = HumanTaskStatus.Open) => new()
    {
        Id = Guid.NewGuid(), InstanceId = instance.Id, CorrelationId = instance.CorrelationId, Name = "WriteReport", State = "OnSite",
        AssigneeRole = "Inspector", AssigneeUserId = userId, Status = status, DueAtUtc = due, CreatedAtUtc = DateTime.UtcNow,
    };

    public Task SaveAsync(params object[] entities) => RunAsAsync("admin", async sp =>
    {
        var db = sp.GetRequiredService<InspectionSuiteDbContext>();
        db.AddRange(entities);
        await db.SaveChangesAsync();
    });
}

/// <summary>
/// Records, as they start, each sweep statement (the UPDATE of the tasks' overdue flag: its SQL and parameters, and what
/// its context holds) and each read of the tasks (its SQL and parameters).
/// </summary>
public sealed class TaskStatementProbe : DbCommandInterceptor
{
    public sealed record Sweep(string Sql, IReadOnlyList<(string Name, object? Value)> Parameters, bool InTransaction, bool HeldWriteGate);

    public List<Sweep> Sweeps { get; } = [];

    public List<(string Sql, IReadOnlyList<(string Name, object? Value)> Parameters)> Reads { get; } = [];

    private static IReadOnlyList<(string Name, object? Value)> ParametersOf(DbCommand command)
        => command.Parameters.Cast<DbParameter>().Select(p => (p.ParameterName, p.Value)).ToList();

    private void Record(DbCommand command, CommandEventData e)
    {
        if (!command.CommandText.StartsWith("UPDATE \"WfHumanTasks\"", StringComparison.Ordinal) || !command.CommandText.Contains("SET \"IsOverdue\" =")) return;
        lock (Sweeps)
            Sweeps.Add(new Sweep(command.CommandText, ParametersOf(command),
                command.Transaction is not null, e.Context is InspectionSuiteDbContext { HeldWriteGate: not null }));
    }

    public override InterceptionResult<int> NonQueryExecuting(DbCommand command, CommandEventData e, InterceptionResult<int> result)
    {
        Record(command, e);
        return result;
    }

    public override ValueTask<InterceptionResult<int>> NonQueryExecutingAsync(DbCommand command, CommandEventData e, InterceptionResult<int> result, CancellationToken ct = default)
    {
        Record(command, e);
        return ValueTask.FromResult(result);
    }

    public override ValueTask<InterceptionResult<DbDataReader>> ReaderExecutingAsync(DbCommand command, CommandEventData e, InterceptionResult<DbDataReader> result, CancellationToken ct = default)
    {
        if (command.CommandText.Contains("FROM \"WfHumanTasks\"", StringComparison.Ordinal))
            lock (Reads) Reads.Add((command.CommandText, ParametersOf(command)));
        return ValueTask.FromResult(result);
    }
}
