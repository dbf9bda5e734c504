using InspectionSuite.Integrity;

namespace InspectionSuite.Cli.Commands;

/// <summary>Integrity check after crashes or load: workflow states vs journal, cases vs instances, due timers, audit chain.</summary>
public sealed class VerifyCommand : ICliCommand
{
    public string Name => "verify";
    public string Usage => "verify [--grace-minutes 5] [--provider P] [--connection CS]   check workflow, timer and audit integrity (exit 1 on any violation)";

    public async Task<int> RunAsync(string[] args, CancellationToken ct)
    {
        var options = new CliOptions(args);
        var grace = int.TryParse(options.Get("grace-minutes"), out var g) && g >= 0 ? g : 5;
        await using var services = CliHost.Build(options);
        await using var scope = services.CreateAsyncScope();
        // Timers due within the grace period may legitimately be waiting for the next poll of a running host.
        var dueBefore = services.GetRequiredService<TimeProvider>().GetUtcNow().UtcDateTime.AddMinutes(-grace);
        var report = await scope.ServiceProvider.GetRequiredService<IntegrityVerifier>().VerifyAsync(dueBefore, ct);
        Console.WriteLine($"Checked {report.InstancesChecked} workflow instances, {report.JournalEntriesChecked} journal entries, {report.TimersChecked} timers, {report.AuditRecordsChecked} audit records.");
        foreach (var v in report.Violations) Console.Error.WriteLine($"{v.Check}: {v.Subject}: {v.Detail}");
        if (report.IsIntact)
        {
            Console.WriteLine("Integrity verified: no violation.");
            return CliExit.Ok;
        }
        Console.Error.WriteLine($"{report.Violations.Count} violation(s).");
        return CliExit.Failure;
    }
}
