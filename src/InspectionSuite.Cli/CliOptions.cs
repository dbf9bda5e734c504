namespace InspectionSuite.Cli;

/// <summary>Minimal "--name value" / "--flag" option parsing shared by all commands.</summary>
public sealed class CliOptions
{
    private readonly Dictionary<string, string?> _values = new(StringComparer.Ordinal);
    public IReadOnlyList<string> Positional { get; }

    public CliOptions(string[] args, params string[] flags)
    {
        var positional = new List<string>();
        for (var i = 0; i < args.Length; i++)
        {
            var a = args[i];
            if (!a.StartsWith("--", StringComparison.Ordinal)) { positional.Add(a); continue; }
            var name = a[2..];
            if (flags.Contains(name)) { _values[name] = null; continue; }
            if (i + 1 >= args.Length) throw new CliUsageException($"option --{name} needs a value");
            _values[name] = args[++i];
        }
        Positional = positional;
    }

    public bool Has(string name) => _values.ContainsKey(name);
    public string? Get(string name) => _values.GetValueOrDefault(name);
    public string Required(string name) => Get(name) ?? throw new CliUsageException($"missing --{name}");
}
