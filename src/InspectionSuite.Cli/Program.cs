namespace InspectionSuite.Cli;

/// <summary>
/// Admin console. Each command is one <see cref="ICliCommand"/> class under Commands/; they are found by
/// reflection so adding a command never edits this file.
/// </summary>
public static class Program
{
    public static async Task<int> Main(string[] args)
    {
        var commands = typeof(Program).Assembly.GetTypes()
            .Where(t => typeof(ICliCommand).IsAssignableFrom(t) && t is { IsAbstract: false, IsInterface: false })
            .Select(t => (ICliCommand)Activator.CreateInstance(t)!)
            .OrderBy(c => c.Name, StringComparer.Ordinal)
            .ToList();

        if (args.Length == 0 || args[0] is "-h" or "--help" or "help")
        {
            Console.WriteLine("InspectionSuite.Cli <command> [options]\n");
            foreach (var c in commands) Console.WriteLine($"  {c.Usage}");
            Console.WriteLine("\nCommands that use the database need the audit chain key, as the web app does: Audit__ChainKeyFile (or Audit__ChainKey);"
                              + "\nwith DOTNET_ENVIRONMENT=Development, App_Data/audit-chain.key is used (and created if missing).");
            return args.Length == 0 ? CliExit.BadInput : CliExit.Ok;
        }

        // Longest match first so "workflows validate" wins over a hypothetical "workflows".
        var command = commands
            .Select(c => (c, words: c.Name.Split(' ')))
            .Where(x => x.words.Length <= args.Length && x.words.SequenceEqual(args.Take(x.words.Length), StringComparer.Ordinal))
            .OrderByDescending(x => x.words.Length)
            .FirstOrDefault();
        if (command.c is null)
        {
            Console.Error.WriteLine($"unknown command '{string.Join(' ', args)}'. Run with --help.");
            return CliExit.BadInput;
        }
        try
        {
            return await command.c.RunAsync(args.Skip(command.words.Length).ToArray(), CancellationToken.None);
        }
        catch (CliUsageException ex)
        {
            Console.Error.WriteLine(ex.Message);
            Console.Error.WriteLine($"usage: {command.c.Usage}");
            return CliExit.BadInput;
        }
        catch (CliConfigurationException ex)
        {
            Console.Error.WriteLine(ex.Message);
            return CliExit.BadInput;
        }
    }
}
