namespace InspectionSuite.Legal;

/// <summary>
/// The legal bases, read from <c>templates/legal-bases.json</c> (embedded in this assembly): the one versioned, dated
/// place documents, docs and the UI cite from. A case records the <see cref="LegalBasisVersion.Version"/> in force when it
/// was decided and keeps citing it (<see cref="Get"/>), whatever later versions say.
/// </summary>
public static class LegalBases
{
    public const string ResourceName = "InspectionSuite.legal-bases.json";

    private static readonly Lazy<IReadOnlyList<LegalBasisVersion>> Loaded = new(() =>
    {
        using var stream = typeof(LegalBases).Assembly.GetManifestResourceStream(ResourceName)
            ?? throw new InvalidOperationException($"Embedded resource {ResourceName} is missing.");
        return Parse(stream);
    });

    /// <summary>Every version, oldest first.</summary>
    public static IReadOnlyList<LegalBasisVersion> Versions => Loaded.Value;

    /// <summary>The version in force on <paramref name="date"/> (the latest one that started on or before it; the oldest before any).</summary>
    public static LegalBasisVersion InForceOn(DateOnly date)
        => Versions.LastOrDefault(v => v.EffectiveFrom <= date) ?? Versions[0];

    /// <summary>The version a case was decided under; the one in force on <paramref name="fallbackDate"/> when the case has none recorded.</summary>
    public static LegalBasisVersion Get(string? version, DateOnly fallbackDate)
        => Versions.FirstOrDefault(v => v.Version == version) ?? InForceOn(fallbackDate);

    public static IReadOnlyList<LegalBasisVersion> Parse(Stream json)
    {
        var file = JsonSerializer.Deserialize<FileModel>(json, Options) ?? throw new InvalidOperationException("legal-bases.json is empty.");
        var versions = file.Versions.Select(v => new LegalBasisVersion(
                v.Version, v.EffectiveFrom, v.EffectiveTo,
                v.Instruments.Select(i => new LegalInstrument(i.Id, i.Kind, i.Number, i.Title, i.Issuer, i.IssuedOn, i.EffectiveFrom, i.Verified)).ToList(),
                v.Citations ?? new Dictionary<string, string[]>(),
                (v.Articles ?? []).ToDictionary(a => a.Key, a => new LegalArticle(a.Value.Instrument, a.Value.Article))))
            .OrderBy(v => v.EffectiveFrom)
            .ToList();
        foreach (var v in versions)
        foreach (var id in v.Citations.Values.SelectMany(x => x).Concat(v.Articles.Values.Select(a => a.Instrument)))
            v.Instrument(id); // a citation naming an instrument the version lacks fails here, at load
        return versions;
    }

    private static readonly JsonSerializerOptions Options = new() { PropertyNamingPolicy = JsonNamingPolicy.CamelCase };

    private sealed class FileModel
    {
        public List<VersionModel> Versions { get; set; } = [];
    }

    private sealed class VersionModel
    {
        public string Version { get; set; } = "";
        public DateOnly EffectiveFrom { get; set; }
        public DateOnly? EffectiveTo { get; set; }
        public List<InstrumentModel> Instruments { get; set; } = [];
        public Dictionary<string, string[]>? Citations { get; set; }
        public Dictionary<string, ArticleModel>? Articles { get; set; }
    }

    private sealed class InstrumentModel
    {
        public string Id { get; set; } = "";
        public string Kind { get; set; } = "";
        public string Number { get; set; } = "";
        public string Title { get; set; } = "";
        public string Issuer { get; set; } = "";
        public DateOnly? IssuedOn { get; set; }
        public DateOnly? EffectiveFrom { get; set; }
        public bool Verified { get; set; }
    }

    private sealed class ArticleModel
    {
        public string Instrument { get; set; } = "";
        public string Article { get; set; } = "";
    }
}
