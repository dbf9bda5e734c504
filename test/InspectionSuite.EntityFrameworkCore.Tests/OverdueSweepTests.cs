using InspectionSuite.Workflows.Persistence;
using InspectionSuite.Workflows.Timers;
using Microsoft.EntityFrameworkCore;
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
