using InspectionSuite.Cases.Workflow;
using InspectionSuite.EntityFrameworkCore;
using InspectionSuite.Workflows.Contracts;
using InspectionSuite.Workflows.Services;
using Microsoft.Extensions.DependencyInjection;

namespace InspectionSuite.Cli.Commands;

/// <summary>
/// Moves every running thanh-tra.inspection case from v1 to v2 (issue 14) with the runtime's migration alteration and the
/// state mapping of docs/cases.md; <c>--dry-run</c> prints what would change and saves nothing.
/// </summary>
public sealed class WorkflowsMigrateCasesCommand : ICliCommand
{
    public string Name => "workflows migrate-cases";
    public string Usage => "workflows migrate-cases [--dry-run] [--provider P] [--connection CS]   move running thanh-tra cases from v1 to v2 (docs/cases.md)";

    public async Task<int> RunAsync(string[] args, CancellationToken ct)
    {
        var options = new CliOptions(args, "dry-run");
        await using var services = CliHost.Build(options);
        await using var scope = services.CreateAsyncScope();
        await scope.ServiceProvider.GetRequiredService<DbMigrator>().MigrateAsync(ct);
        await scope.ServiceProvider.GetRequiredService<WorkflowDefinitionService>().ImportDirectoryAsync(null, ct);
        var dryRun = options.Has("dry-run");
        var plans = await scope.ServiceProvider.GetRequiredService<CaseWorkflowMigrator>().MigrateAllAsync(WorkflowActor.System, ct, dryRun);
        foreach (var p in plans)
            Console.WriteLine($"{p.InstanceId}: {p.FromState}@v{p.FromVersion} -> {p.ToState}@v{p.ToVersion}; tasks +[{string.Join(", ", p.TasksCreated)}] -[{string.Join(", ", p.TasksCancelled)}]; deadlines +[{string.Join(", ", p.DeadlinesCreated)}] -[{string.Join(", ", p.DeadlinesCancelled)}]");
        Console.WriteLine($"{plans.Count} case(s) {(dryRun ? "would be" : "")} migrated.".Replace("  ", " "));
        return CliExit.Ok;
    }
}
