using InspectionSuite.Auditing;
using Microsoft.Extensions.DependencyInjection;

namespace InspectionSuite.Cli.Commands;

/// <summary>Walks the audit hash chain; exits 1 naming the first broken record.</summary>
public sealed class AuditVerifyCommand : ICliCommand
{
    public string Name => "audit verify";
    public string Usage => "audit verify [--provider P] [--connection CS]   check the audit log's hash chain";

    public async Task<int> RunAsync(string[] args, CancellationToken ct)
    {
        await using var services = CliHost.Build(new CliOptions(args));
        await using var scope = services.CreateAsyncScope();
        var result = await scope.ServiceProvider.GetRequiredService<AuditLogAppService>().VerifyChainAsync(ct);
        if (result.IsIntact)
        {
            Console.WriteLine($"Audit chain intact: {result.RecordsChecked} records.");
            return CliExit.Ok;
        }
        Console.Error.WriteLine($"Audit chain broken at record {result.BrokenAtSequence}: {result.Reason} ({result.RecordsChecked} records verified before it).");
        return CliExit.Failure;
    }
}
