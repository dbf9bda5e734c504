using System.Text.Json.Serialization;

namespace InspectionSuite.Monitoring;

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
