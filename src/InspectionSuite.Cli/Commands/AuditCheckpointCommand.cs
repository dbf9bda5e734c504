using InspectionSuite.Auditing;

namespace InspectionSuite.Cli.Commands;

/// <summary>Anchors the audit chain's current length and newest hash (e.g. from cron where no web app runs).</summary>
public sealed class AuditCheckpointCommand : ICliCommand
{
    public string Name => "audit checkpoint";
    public string Usage => "audit checkpoint [--provider P] [--connection CS]   seal the chain's length and newest hash in a checkpoint (deleting newer records is then detected)";

    public async Task<int> RunAsync(string[] args, CancellationToken ct)
    {
        await using var services = CliHost.Build(new CliOptions(args));
        await using var scope = services.CreateAsyncScope();
        var checkpoint = await scope.ServiceProvider.GetRequiredService<AuditLogAppService>().CheckpointAsync(ct);
        Console.WriteLine(checkpoint is null
            ? "No new audit records since the last checkpoint: nothing written."
            : $"Checkpoint {checkpoint.Id}: {checkpoint.RecordCount} records, last hash {checkpoint.LastHash}, seal {checkpoint.Mac}.");
        return CliExit.Ok;
    }
}
