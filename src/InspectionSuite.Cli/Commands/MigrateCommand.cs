namespace InspectionSuite.Cli.Commands;

public sealed class MigrateCommand : ICliCommand
{
    public string Name => "migrate";
    public string Usage => "migrate [--provider Sqlite|SqlServer] [--connection CS]   apply pending database migrations";

    public async Task<int> RunAsync(string[] args, CancellationToken ct)
    {
        var options = new CliOptions(args);
        await using var services = CliHost.Build(options);
        await using var scope = services.CreateAsyncScope();
        var applied = await scope.ServiceProvider.GetRequiredService<DbMigrator>().MigrateAsync(ct);
        Console.WriteLine(applied.Count == 0 ? "Database is up to date." : $"Applied {applied.Count} migration(s): {string.Join(", ", applied)}");
        return CliExit.Ok;
    }
}
