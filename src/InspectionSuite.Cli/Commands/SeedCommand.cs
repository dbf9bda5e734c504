using InspectionSuite.Seeding;

namespace InspectionSuite.Cli.Commands;

/// <summary>Migrates, seeds reference data, and optionally imports a unit register (all rows or none).</summary>
public sealed class SeedCommand : ICliCommand
{
    public string Name => "seed";
    public string Usage => "seed [--units units.csv] [--demo-users] [--provider P] [--connection CS]   seed reference data, import a unit register";

    public async Task<int> RunAsync(string[] args, CancellationToken ct)
    {
        var options = new CliOptions(args, "demo-users");
        var unitsFile = options.Get("units");
        if (unitsFile is not null && !File.Exists(unitsFile))
        {
            Console.Error.WriteLine($"{unitsFile}: file not found");
            return CliExit.BadInput;
        }
        await using var services = CliHost.Build(options);
        await using (var scope = services.CreateAsyncScope())
        {
            await scope.ServiceProvider.GetRequiredService<DbMigrator>().MigrateAsync(ct);
            await scope.ServiceProvider.GetRequiredService<DataSeeder>().SeedAsync(options.Has("demo-users"), ct);
        }
        if (unitsFile is null)
        {
            Console.WriteLine("Reference data seeded.");
            return CliExit.Ok;
        }
        await using (var scope = services.CreateAsyncScope())
        {
            var result = await scope.ServiceProvider.GetRequiredService<IUnitAppService>().ImportCsvAsync(await File.ReadAllTextAsync(unitsFile, ct), ct);
            if (!result.Succeeded)
            {
                foreach (var e in result.Errors) Console.Error.WriteLine($"{unitsFile}:{e.Line}: {e.Reason}");
                Console.Error.WriteLine("Nothing was imported.");
                return CliExit.BadInput;
            }
            Console.WriteLine($"Imported {unitsFile}: {result.Created} created, {result.Updated} updated, {result.DemoRowsRemoved} demo units removed.");
        }
        return CliExit.Ok;
    }
}
