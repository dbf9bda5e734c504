using System.Text.Json.Serialization;

namespace InspectionSuite.Cases;

/// <summary>
/// The criteria a Sở Nội vụ check of a unit covers at least (DESIGN.md "Check criteria from the plan"), read from the
/// data file Criteria/kh534-criteria.json (embedded): a new plan or a corrected citation is a new catalogue version
/// there, not a code change. Codes are never reused for another meaning.
/// </summary>
public static class CheckCriteriaCatalogue
{
    private static readonly Lazy<Data> Loaded = new(Load);

    public static string CatalogueId => Loaded.Value.CatalogueId;
    public static int Version => Loaded.Value.Version;
    public static IReadOnlyList<CheckCriterion> All => Loaded.Value.Criteria;

    public static CheckCriterion? Find(string code) => All.FirstOrDefault(c => string.Equals(c.Code, code, StringComparison.OrdinalIgnoreCase));

    private sealed record Data(string CatalogueId, int Version, IReadOnlyList<CheckCriterion> Criteria);

    private sealed record Texts([property: JsonPropertyName("vi")] string Vi, [property: JsonPropertyName("en")] string En);

    private sealed record Row(string Code, Texts Name, Texts Target, string[] Sections, string Quote);

    private sealed record File(string CatalogueId, int Version, Row[] Criteria);

    private static Data Load()
    {
        var asm = typeof(CheckCriteriaCatalogue).Assembly;
        var name = asm.GetManifestResourceNames().Single(n => n.EndsWith("kh534-criteria.json", StringComparison.Ordinal));
        using var stream = asm.GetManifestResourceStream(name)!;
        var file = JsonSerializer.Deserialize<File>(stream, new JsonSerializerOptions { PropertyNameCaseInsensitive = true })
            ?? throw new InvalidOperationException($"{name}: empty");
        var criteria = file.Criteria
            .Select(r => new CheckCriterion(r.Code, r.Name.Vi, r.Name.En, r.Target.Vi, r.Target.En, r.Sections, r.Quote))
            .ToList();
        var duplicate = criteria.GroupBy(c => c.Code, StringComparer.OrdinalIgnoreCase).FirstOrDefault(g => g.Count() > 1);
        if (duplicate is not null) throw new InvalidOperationException($"{name}: criterion {duplicate.Key} appears twice");
        return new Data(file.CatalogueId, file.Version, criteria);
    }
}
