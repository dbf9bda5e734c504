using InspectionSuite.Auditing;

namespace InspectionSuite.Cli.Commands;

/// <summary>Walks the keyed audit chain and checks it against its checkpoints; exits 1 naming the first broken record.</summary>
public sealed class AuditVerifyCommand : ICliCommand
{
    public string Name => "audit verify";
    public string Usage => "audit verify [--provider P] [--connection CS]   check every record's seal (Audit__ChainKeyFile) and the checkpoints (an edited, "
                           + "deleted or emptied chain exits 1); writes a checkpoint when intact";

    public async Task<int> RunAsync(string[] args, CancellationToken ct)
    {
        await using var services = CliHost.Build(new CliOptions(args));
        await using var scope = services.CreateAsyncScope();
        var audit = scope.ServiceProvider.GetRequiredService<AuditLogAppService>();
        var result = await audit.VerifyChainAsync(ct);
        if (result.IsIntact)
        {
            var checkpoint = await audit.CheckpointAsync(ct);
            Console.WriteLine($"Audit chain intact: {result.RecordsChecked} records, {result.CheckpointsChecked} checkpoints."
                              + (checkpoint is null ? "" : $" Checkpoint written at record {checkpoint.RecordCount}."));
            return CliExit.Ok;
        }
        Console.Error.WriteLine($"Audit chain broken at record {result.BrokenAtSequence}: {result.Reason} ({result.RecordsChecked} records verified before it).");
        return CliExit.Failure;
    }
}
