using System.Reflection;
using InspectionSuite.Workflows.Definitions;

namespace InspectionSuite.Cli.Commands;

/// <summary>
/// <c>workflows validate [DIR]</c>: validates every definition of DIR (default ./workflows) against the schema,
/// the graph rules and the guard/action components shipped with the app. Prints <c>file: $.path: reason</c> per
/// error; exit 0 valid, 1 invalid, 2 bad usage.
/// </summary>
public sealed class WorkflowsValidateCommand : ICliCommand
{
    public string Name => "workflows validate";
    public string Usage => "workflows validate [DIR] [--skip-components]   validate workflow definitions (default DIR ./workflows)";

    public Task<int> RunAsync(string[] args, CancellationToken ct)
    {
        var options = new CliOptions(args, "skip-components");
        if (options.Positional.Count > 1) throw new CliUsageException("at most one directory");
        var dir = options.Positional.Count == 1 ? options.Positional[0] : "workflows";
        if (!Directory.Exists(dir))
        {
            Console.Error.WriteLine($"{dir}: directory not found");
            return Task.FromResult(CliExit.BadInput);
        }

        var components = options.Has("skip-components") ? null : WorkflowComponentRegistry.FromAssemblies(AppAssemblies());
        var results = WorkflowDefinitionLoader.LoadDirectory(dir, components);
        foreach (var error in results.SelectMany(r => r.Errors)) Console.WriteLine(error.ToString());
        var invalid = results.Count(r => !r.IsValid);
        Console.Error.WriteLine($"{results.Count} definition(s), {invalid} invalid" + (components is null ? " (guard/action names not checked)" : $" ({components.Guards.Count} guards, {components.Actions.Count} actions known)"));
        return Task.FromResult(invalid == 0 ? CliExit.Ok : CliExit.Failure);
    }

    // The components live in the app's own assemblies; load every InspectionSuite.* assembly shipped beside the CLI.
    private static IEnumerable<Assembly> AppAssemblies()
    {
        var loaded = new List<Assembly>();
        foreach (var path in Directory.EnumerateFiles(AppContext.BaseDirectory, "InspectionSuite.*.dll"))
        {
            try { loaded.Add(Assembly.Load(AssemblyName.GetAssemblyName(path))); }
            catch (Exception ex) when (ex is BadImageFormatException or FileLoadException or FileNotFoundException) { }
        }
        return loaded;
    }
}
