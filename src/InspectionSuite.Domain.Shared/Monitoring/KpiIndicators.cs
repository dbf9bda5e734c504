using System.Text.Json.Serialization;

namespace InspectionSuite.Monitoring;

/// <summary>How an indicator turns raw figures into a result: a share (part / whole) or a reduction vs last year.</summary>
public enum KpiKind { ShareAtLeast = 1, ReductionAtLeast = 2 }

/// <summary>Met, not met, or no data: "no data" is never shown as 0% or "not met".</summary>
public enum KpiOutcome { NoData = 0, Met = 1, NotMet = 2 }

/// <summary>
/// One indicator of the plan a unit reports on with raw figures (issue 15): a share <c>part / whole ≥ target</c>, or a
/// reduction <c>(previous − current) / previous ≥ target</c>. <see cref="Criterion"/> is the check criterion it measures.
/// </summary>
public sealed record KpiIndicator(string Code, string Criterion, IReadOnlyList<string> Sections, string NameVi, string NameEn, KpiKind Kind,
    string NumeratorFigure, string DenominatorFigure, decimal TargetPercent)
{
    /// <summary>The two raw figures a unit reports for this indicator (share: part, whole; reduction: current, previous).</summary>
    public IReadOnlyList<string> Figures => [NumeratorFigure, DenominatorFigure];
}

/// <summary>A unit's raw figures for one indicator (non-negative whole numbers; for a share, part ≤ whole).</summary>
public sealed record KpiFigures(long Numerator, long Denominator);

/// <summary>The province's figure for one indicator: sums over the units that reported, never an average of percentages.</summary>
public sealed record KpiAggregate(string Code, long NumeratorSum, long DenominatorSum, decimal? Percent, decimal TargetPercent, KpiOutcome Outcome, int UnitsReported);

/// <summary>The indicators (data file Monitoring/kpi-indicators.json, embedded) and the one formula that aggregates them.</summary>
public static class KpiIndicators
{
    private static readonly Lazy<(int Version, IReadOnlyList<KpiIndicator> All)> Loaded = new(Load);

    public static int Version => Loaded.Value.Version;
    public static IReadOnlyList<KpiIndicator> All => Loaded.Value.All;
    public static KpiIndicator? Find(string code) => All.FirstOrDefault(i => string.Equals(i.Code, code, StringComparison.OrdinalIgnoreCase));

    /// <summary>
    /// The reason a unit's figures are refused, or null: negative figures, a part greater than its whole. The caller names
    /// the indicator in the error.
    /// </summary>
    public static string? Invalid(KpiIndicator indicator, KpiFigures f)
        => f.Numerator < 0 || f.Denominator < 0 ? "negative"
            : indicator.Kind == KpiKind.ShareAtLeast && f.Numerator > f.Denominator ? "part-greater-than-whole"
            : null;

    /// <summary>
    /// Province-wide: the sums of the reported units' raw figures, then the formula once on the sums. Units that did not
    /// report are absent (not zero); with nothing reported, or a zero denominator, the outcome is <see cref="KpiOutcome.NoData"/>.
    /// </summary>
    public static KpiAggregate Aggregate(KpiIndicator indicator, IEnumerable<KpiFigures> reported)
    {
        var list = reported.ToList();
        long num = 0, den = 0;
        foreach (var f in list) { num = checked(num + f.Numerator); den = checked(den + f.Denominator); }
        decimal? percent = list.Count == 0 || den == 0 ? null
            : indicator.Kind == KpiKind.ShareAtLeast ? Math.Round(100m * num / den, 2)
            : Math.Round(100m * (den - num) / den, 2);
        var outcome = percent is { } p ? (p >= indicator.TargetPercent ? KpiOutcome.Met : KpiOutcome.NotMet) : KpiOutcome.NoData;
        return new KpiAggregate(indicator.Code, num, den, percent, indicator.TargetPercent, outcome, list.Count);
    }

    private sealed record Texts([property: JsonPropertyName("vi")] string Vi, [property: JsonPropertyName("en")] string En);
    private sealed record Row(string Code, string Criterion, string[] Sections, Texts Name, KpiKind Kind, string? Part, string? Whole, string? Current, string? Previous, decimal TargetPercent);
    private sealed record FileModel(int Version, Row[] Indicators);

    private static (int, IReadOnlyList<KpiIndicator>) Load()
    {
        var asm = typeof(KpiIndicators).Assembly;
        var name = asm.GetManifestResourceNames().Single(n => n.EndsWith("kpi-indicators.json", StringComparison.Ordinal));
        using var stream = asm.GetManifestResourceStream(name)!;
        var file = JsonSerializer.Deserialize<FileModel>(stream, new JsonSerializerOptions { PropertyNameCaseInsensitive = true, Converters = { new JsonStringEnumConverter() } })
            ?? throw new InvalidOperationException($"{name}: empty");
        var all = file.Indicators.Select(r => new KpiIndicator(r.Code, r.Criterion, r.Sections, r.Name.Vi, r.Name.En, r.Kind,
            (r.Kind == KpiKind.ShareAtLeast ? r.Part : r.Current) ?? throw new InvalidOperationException($"{name}: {r.Code} lacks its first figure"),
            (r.Kind == KpiKind.ShareAtLeast ? r.Whole : r.Previous) ?? throw new InvalidOperationException($"{name}: {r.Code} lacks its second figure"),
            r.TargetPercent)).ToList();
        return (file.Version, all);
    }
}

/// <summary>A reporting period written like <c>2026-Q3</c>, <c>2026-H1</c> or <c>2026</c> (IV.1: quarterly, 6-monthly, annual).</summary>
public sealed record KpiPeriod(int Year, char Kind, int Number)
{
    public static bool TryParse(string? text, out KpiPeriod period)
    {
        period = null!;
        if (string.IsNullOrWhiteSpace(text)) return false;
        var parts = text.Trim().ToUpperInvariant().Split('-');
        if (!int.TryParse(parts[0], NumberStyles.None, CultureInfo.InvariantCulture, out var year) || year is < 2000 or > 2100) return false;
        if (parts.Length == 1) { period = new(year, 'Y', 1); return true; }
        if (parts.Length != 2 || parts[1].Length != 2 || !int.TryParse(parts[1][1..], out var n)) return false;
        if (parts[1][0] == 'Q' && n is >= 1 and <= 4) { period = new(year, 'Q', n); return true; }
        if (parts[1][0] == 'H' && n is >= 1 and <= 2) { period = new(year, 'H', n); return true; }
        return false;
    }

    public DateOnly From => Kind switch { 'Q' => new(Year, 3 * Number - 2, 1), 'H' => new(Year, 6 * Number - 5, 1), _ => new(Year, 1, 1) };
    public DateOnly To => Kind switch { 'Q' => new DateOnly(Year, 3 * Number, 1).AddMonths(1).AddDays(-1), 'H' => new DateOnly(Year, 6 * Number, 1).AddMonths(1).AddDays(-1), _ => new(Year, 12, 31) };

    public override string ToString() => Kind switch { 'Q' => $"{Year}-Q{Number}", 'H' => $"{Year}-H{Number}", _ => $"{Year}" };
}
