using InspectionSuite.Cases.Workflow;
using InspectionSuite.Workflows.Contracts;
using InspectionSuite.Workflows.Services;

namespace InspectionSuite.Cli.Commands;

/// <summary>
/// Moves every running case of a definition to its next version with the runtime's migration alteration and the state
/// mapping of <see cref="CaseWorkflowMigrations"/> (docs/cases.md, docs/checks.md): thanh-tra.inspection v1 → v2 by
/// default (issue 14), <c>--definition noi-vu.check</c> for the checks (issue 15); <c>--dry-run</c> prints what would
/// change and saves nothing.
/// </summary>
public sealed class WorkflowsMigrateCasesCommand : ICliCommand
{
    public string Name => "workflows migrate-cases";
    public string Usage => "workflows migrate-cases [--definition thanh-tra.inspection|noi-vu.check] [--from 1|2|3] [--dry-run] [--provider P] [--connection CS]   move running cases of a definition from v1 to v2 (or --from 2: thanh-tra.inspection v2 to v3; --from 3: v3 to v4) (docs/cases.md, docs/checks.md)";

    public async Task<int> RunAsync(string[] args, CancellationToken ct)
    {
        var options = new CliOptions(args, "dry-run");
        await using var services = CliHost.Build(options);
        await using var scope = services.CreateAsyncScope();
        await scope.ServiceProvider.GetRequiredService<DbMigrator>().MigrateAsync(ct);
        await scope.ServiceProvider.GetRequiredService<WorkflowDefinitionService>().ImportDirectoryAsync(null, ct);
        var definition = options.Get("definition") ?? CaseWorkflowMigrations.ThanhTraInspectionV1ToV2.DefinitionId;
        var from = int.TryParse(options.Get("from"), out var f) ? f : 1;
        var migration = CaseWorkflowMigrations.Find(definition, from)
                        ?? throw new CliUsageException($"no case migration for {definition} from v{from}; known: {string.Join(", ", CaseWorkflowMigrations.All.Select(m => $"{m.DefinitionId} v{m.FromVersion}"))}");
        var dryRun = options.Has("dry-run");
        var plans = (await scope.ServiceProvider.GetRequiredService<CaseWorkflowMigrator>().MigrateRunningAsync(migration, WorkflowActor.System, dryRun, ct)).Select(m => m.Plan).ToList();
        foreach (var p in plans)
            Console.WriteLine($"{p.InstanceId}: {p.FromState}@v{p.FromVersion} -> {p.ToState}@v{p.ToVersion}; tasks +[{string.Join(", ", p.TasksCreated)}] -[{string.Join(", ", p.TasksCancelled)}]; reassigned [{string.Join(", ", p.TasksReassigned)}]; deadlines +[{string.Join(", ", p.DeadlinesCreated)}] -[{string.Join(", ", p.DeadlinesCancelled)}]");
        Console.WriteLine($"{plans.Count} case(s) {(dryRun ? "would be" : "")} migrated.".Replace("  ", " "));
        return CliExit.Ok;
    }
}
