using System.Globalization;
using System.Text;
using InspectionSuite.Cli.Sampling;
using InspectionSuite.Csv;
using InspectionSuite.Sampling;

namespace InspectionSuite.Cli.Commands;

/// <summary>
/// Re-runs (or runs) an annual sampling draw from CSV files; the contract of issue 5, documented in docs/sampling.md.
/// Exit 0 ok; 2 bad input (file:line: reason, no plan written); 3 quota not met (plan written, shortfall printed).
/// </summary>
public sealed class SampleCommand : ICliCommand
{
    public static readonly string[] PlanHeader = ["unit_code", "stratum", "selected", "reason", "detail"];

    public string Name => "sample";

    public string Usage =>
        "sample --units units.csv --year 2027 --authority NoiVu|ThanhTra --seed TEXT [--history history.csv] " +
        "[--mandatory mandatory.csv] [--exclude exclude.csv] [--risk risk.csv] [--rate 0.2] [--cooldown 1] [--as-of 2027-01-01] --out plan.csv";

    public Task<int> RunAsync(string[] args, CancellationToken ct)
    {
        var o = new CliOptions(args);
        if (o.Positional.Count > 0) throw new CliUsageException($"unexpected argument '{o.Positional[0]}'");
        var unitsPath = o.Required("units");
        var outPath = o.Required("out");
        var seed = o.Required("seed");
        if (string.IsNullOrWhiteSpace(seed)) throw new CliUsageException("--seed must not be empty: the seed is published with the plan");
        if (!int.TryParse(o.Required("year"), NumberStyles.None, CultureInfo.InvariantCulture, out var year) || year is < 1900 or > 9999)
            throw new CliUsageException($"--year '{o.Get("year")}' is not a year");
        if (!SampleInputFiles.TryAuthority(o.Required("authority"), out var authority))
            throw new CliUsageException($"--authority '{o.Get("authority")}' must be NoiVu or ThanhTra");
        var rate = SamplingRequest.DefaultRate;
        if (o.Get("rate") is { } rateText && (!decimal.TryParse(rateText, NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out rate) || rate <= 0 || rate > 1))
            throw new CliUsageException($"--rate '{rateText}' must be a number in (0, 1], e.g. 0.2");
        var cooldown = SamplingRequest.DefaultCooldownYears;
        var rotation = SamplingEngine.RotationYears(rate);
        if (o.Get("cooldown") is { } cooldownText && !int.TryParse(cooldownText, NumberStyles.None, CultureInfo.InvariantCulture, out cooldown))
            throw new CliUsageException($"--cooldown '{cooldownText}' is not a whole number of years");
        if (cooldown >= rotation)
            throw new CliUsageException($"--cooldown {cooldown} must be below the rotation period ceil(1/rate) = {rotation}");
        var asOf = new DateOnly(year, 1, 1);
        if (o.Get("as-of") is { } asOfText && !DateOnly.TryParseExact(asOfText, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out asOf))
            throw new CliUsageException($"--as-of '{asOfText}' is not a date (yyyy-MM-dd)");

        var errors = new List<string>();
        var units = ReadUnits(unitsPath, errors);
        var files = new SampleInputFiles(units.Select(u => u.Code).ToHashSet(StringComparer.OrdinalIgnoreCase));
        var history = o.Get("history") is { } h ? files.History(h) : [];
        var mandatory = o.Get("mandatory") is { } m ? files.Reasons(m) : [];
        var excluded = o.Get("exclude") is { } x ? files.Reasons(x) : [];
        var risks = o.Get("risk") is { } r ? files.Risks(r) : [];
        errors.AddRange(files.Errors);
        if (errors.Count > 0)
        {
            foreach (var e in errors) Console.Error.WriteLine(e);
            Console.Error.WriteLine($"{errors.Count} error(s); no plan written.");
            return Task.FromResult(CliExit.BadInput);
        }

        var result = SamplingEngine.Select(new SamplingRequest
        {
            Year = year, Authority = authority, Seed = seed, Units = units, History = history,
            Mandatory = mandatory, Excluded = excluded, Risks = risks, Rate = rate, CooldownYears = cooldown, AsOf = asOf,
        });
        var universe = result.Units.Select(u => u.Code).ToHashSet(StringComparer.OrdinalIgnoreCase);
        foreach (var code in mandatory.Concat(excluded).Select(u => u.UnitCode).Concat(risks.Select(k => k.UnitCode))
                     .Where(c => !universe.Contains(c)).Distinct(StringComparer.OrdinalIgnoreCase).Order(StringComparer.Ordinal))
            Console.Error.WriteLine($"warning: unit '{code}' is not valid on {asOf:yyyy-MM-dd}; ignored");

        WritePlan(outPath, result);
        Print(result, outPath);
        return Task.FromResult(result.QuotaMet ? CliExit.Ok : CliExit.QuotaNotMet);
    }

    public static string FormatPlan(SamplingResult result)
        => CsvWriter.Write(PlanHeader, result.Units.Select(u => new[]
        {
            u.Code, u.Stratum.ToString(), u.Selected ? "true" : "false", u.Reason.Code(), u.Detail,
        }));

    private static List<SamplingUnit> ReadUnits(string path, List<string> errors)
    {
        string text;
        try { text = File.ReadAllText(path); }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            errors.Add($"{path}:0: cannot read file: {ex.Message}");
            return [];
        }
        var parsed = UnitCsvParser.Parse(text);
        errors.AddRange(parsed.Errors.Select(e => e.Format(path)));
        return parsed.Rows.Select(u => new SamplingUnit(u.Code, u.Kind, u.ValidFrom, u.ValidTo, u.Predecessors)).ToList();
    }

    private static void WritePlan(string path, SamplingResult result)
    {
        // Write beside and rename, so a crash never leaves half a plan that looks published.
        var full = Path.GetFullPath(path);
        var temp = full + ".tmp";
        File.WriteAllText(temp, FormatPlan(result), new UTF8Encoding(encoderShouldEmitUTF8Identifier: false));
        File.Move(temp, full, overwrite: true);
    }

    private static void Print(SamplingResult r, string outPath)
    {
        var w = Console.Out;
        w.WriteLine($"algorithm: {r.AlgorithmVersion}");
        w.WriteLine($"seed: {r.Seed}");
        w.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"year: {r.Year}  authority: {r.Authority}  rate: {r.Rate}  cooldown: {r.CooldownYears}  rotation: {r.RotationYears}  as-of: {r.AsOf:yyyy-MM-dd}"));
        foreach (var s in r.Strata)
        {
            var line = string.Create(CultureInfo.InvariantCulture, $"{s.Stratum}: N={s.N} quota={s.Quota} selected={s.Selected}");
            if (s.Shortfall > 0)
                line += string.Create(CultureInfo.InvariantCulture, $" shortfall={s.Shortfall} fix={s.Fix}: {s.FixDetail} (candidates: {string.Join(' ', s.OverrideCandidates)})");
            w.WriteLine(line);
        }
        w.WriteLine($"plan: {outPath} ({r.Units.Count} units)");
        if (!r.QuotaMet) Console.Error.WriteLine("quota not met: see shortfall above; plan written.");
    }
}
