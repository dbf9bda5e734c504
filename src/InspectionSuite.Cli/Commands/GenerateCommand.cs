using InspectionSuite.Auditing;
using InspectionSuite.Cases;
using InspectionSuite.Identity;
using InspectionSuite.Seeding;
using InspectionSuite.Workflows.Persistence;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;

namespace InspectionSuite.Cli.Commands;

/// <summary>
/// Fills a database with load-test data: units, cases across all states with their workflow instances,
/// journal rows and human tasks. Written in batches without per-row entity audit (one audit record states
/// what was generated); never run it against a production database.
/// </summary>
public sealed class GenerateCommand : ICliCommand
{
    public string Name => "generate";
    public string Usage => "generate [--units 1000] [--cases 50000] [--journal 500000] [--tasks 100000] [--seed 1] [--provider P] [--connection CS]   fill a database with load-test data";

    public async Task<int> RunAsync(string[] args, CancellationToken ct)
    {
        var o = new CliOptions(args);
        int Int(string name, int fallback) => int.TryParse(o.Get(name), out var v) && v >= 0 ? v : fallback;
        var unitCount = Int("units", 1000);
        var caseCount = Int("cases", 50_000);
        var journalCount = Int("journal", 500_000);
        var taskCount = Int("tasks", 100_000);
        var random = new Random(Int("seed", 1));
        if (caseCount > 0 && unitCount == 0) throw new CliUsageException("cases need at least one unit");

        await using var services = CliHost.Build(o);
        await using (var scope = services.CreateAsyncScope())
        {
            await scope.ServiceProvider.GetRequiredService<DbMigrator>().MigrateAsync(ct);
            await scope.ServiceProvider.GetRequiredService<DataSeeder>().SeedAsync(includeDemoUsers: true, ct);
        }

        Guid inspectorId;
        await using (var scope = services.CreateAsyncScope())
            inspectorId = (await scope.ServiceProvider.GetRequiredService<UserManager<AppUser>>().FindByNameAsync("inspector"))!.Id;

        var started = DateTime.UtcNow;
        var unitIds = new List<Guid>();
        await BatchAsync(services, unitCount, 2000, (db, from, to) =>
        {
            for (var i = from; i < to; i++)
            {
                var kind = i % 10 == 0 ? UnitKind.Department : i % 10 == 1 ? UnitKind.Ward : UnitKind.Commune;
                var unit = new Unit(Guid.NewGuid(), $"G{i:D5}", $"Đơn vị sinh tải {i}", kind, new DateOnly(2025, 7, 1));
                unitIds.Add(unit.Id);
                db.Units.Add(unit);
            }
        }, ct);
        Console.WriteLine($"units: {unitCount}");

        // Both kinds run v1 here, which has no SelfAssessment state (noi-vu.check v2 only).
        var states = CaseStates.Ordered.Where(s => s != CaseStates.SelfAssessment).Append(CaseStates.Cancelled).ToArray();
        var journalPerCase = caseCount == 0 ? 0 : journalCount / caseCount;
        var journalExtra = caseCount == 0 ? 0 : journalCount % caseCount;
        var tasksPerCase = caseCount == 0 ? 0 : taskCount / caseCount;
        var tasksExtra = caseCount == 0 ? 0 : taskCount % caseCount;
        var today = DateOnly.FromDateTime(DateTime.UtcNow);
        await BatchAsync(services, caseCount, 1000, (db, from, to) =>
        {
            for (var i = from; i < to; i++)
            {
                var kind = i % 2 == 0 ? CaseKind.Check : CaseKind.Inspection;
                var state = states[i % states.Length];
                var entries = journalPerCase + (i < journalExtra ? 1 : 0);
                var c = new InspectionCase(Guid.NewGuid(), kind, kind == CaseKind.Check ? AuthorityCode.NoiVu : AuthorityCode.ThanhTra,
                    unitIds[random.Next(unitIds.Count)], $"Nội dung kiểm tra số {i}", null, null, new DateOnly(2025, 1, 1), new DateOnly(2025, 12, 31), null);
                var instance = new WorkflowInstance
                {
                    Id = Guid.NewGuid(),
                    DefinitionId = kind == CaseKind.Check ? "noi-vu.check" : "thanh-tra.inspection",
                    DefinitionVersion = 1,
                    CorrelationId = c.Id.ToString(),
                    State = state,
                    Status = state == CaseStates.Closed ? WorkflowInstanceStatus.Finished : state == CaseStates.Cancelled ? WorkflowInstanceStatus.Cancelled : WorkflowInstanceStatus.Running,
                    // The runtime journals each version once (sequence = version): the next transition appends entries + 1.
                    Version = Math.Max(1, entries),
                    CreatedAtUtc = started,
                    UpdatedAtUtc = started,
                };
                // Every fifth case has the demo inspector on its team, so the inspector's inbox and case list have real work.
                if (i % 5 == 0) c.AssignTeam(inspectorId, []);
                c.EnterState(state, instance.Id, today);
                db.Add(c);
                db.Add(instance);
                db.Add(new WorkflowInstanceData { InstanceId = instance.Id });

                // A path through the lifecycle that ends in the case's state, padded with task events.
                var path = state == CaseStates.Cancelled ? [CaseStates.Planned, CaseStates.Cancelled] : states.TakeWhile(s => s != state).Append(state).ToArray();
                for (var seq = 1; seq <= entries; seq++)
                {
                    var stepIndex = Math.Min(seq - 1, path.Length - 1);
                    var isStep = seq <= path.Length || seq == entries;
                    db.Add(new WorkflowJournalEntry
                    {
                        InstanceId = instance.Id,
                        Sequence = seq,
                        OccurredAtUtc = started.AddMinutes(seq),
                        Kind = seq == 1 ? JournalKind.Started : isStep ? JournalKind.Transition : JournalKind.TaskCompleted,
                        ActorId = inspectorId.ToString(),
                        ActorName = "inspector",
                        FromState = seq == 1 ? null : path[Math.Max(0, stepIndex - 1)],
                        ToState = isStep ? (seq == entries ? state : path[stepIndex]) : null,
                        Trigger = isStep && seq > 1 ? "Advance" : null,
                        PayloadSummary = "generated",
                        DurationMs = 1,
                    });
                }
                var tasks = tasksPerCase + (i < tasksExtra ? 1 : 0);
                for (var t = 0; t < tasks; t++)
                {
                    db.Add(new WorkflowHumanTask
                    {
                        Id = Guid.NewGuid(),
                        InstanceId = instance.Id,
                        CorrelationId = c.Id.ToString(),
                        Name = $"Task{t}",
                        State = state,
                        AssigneeRole = t % 2 == 0 ? InspectionSuiteRoles.Inspector : null,
                        AssigneeUserId = t % 2 == 1 ? inspectorId.ToString() : null,
                        DueAtUtc = started.AddDays(random.Next(-30, 60)),
                        Status = instance.Status == WorkflowInstanceStatus.Running && t == 0 ? HumanTaskStatus.Open : HumanTaskStatus.Completed,
                        CreatedAtUtc = started,
                        Version = 1,
                    });
                }
            }
        }, ct);
        Console.WriteLine($"cases: {caseCount}, journal rows: {journalCount}, tasks: {taskCount}");

        await using (var scope = services.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<InspectionSuiteDbContext>();
            db.AppendAudit(new AuditLogRecord(DateTime.UtcNow, AuditRecordKind.Command, null, "cli", "generate", null,
                $"units={unitCount}; cases={caseCount}; journal={journalCount}; tasks={taskCount}", "ok", (long)(DateTime.UtcNow - started).TotalMilliseconds, null, null));
            await db.SaveChangesAsync(ct);
        }
        Console.WriteLine($"Generated in {(DateTime.UtcNow - started).TotalSeconds:F0} s.");
        return CliExit.Ok;
    }

    private static async Task BatchAsync(IServiceProvider services, int total, int batchSize, Action<InspectionSuiteDbContext, int, int> fill, CancellationToken ct)
    {
        for (var from = 0; from < total; from += batchSize)
        {
            await using var scope = services.CreateAsyncScope();
            var db = scope.ServiceProvider.GetRequiredService<InspectionSuiteDbContext>();
            db.ChangeTracker.AutoDetectChangesEnabled = false;
            db.SuppressEntityChangeAudit = true;
            fill(db, from, Math.Min(total, from + batchSize));
            await db.SaveChangesAsync(ct);
            if (from / batchSize % 10 == 9) Console.WriteLine($"  {Math.Min(total, from + batchSize)}/{total}");
        }
    }
}
