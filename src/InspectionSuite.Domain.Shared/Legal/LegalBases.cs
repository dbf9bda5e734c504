using System.Text.Json.Serialization;

namespace InspectionSuite.Legal;

/// <summary>One legal instrument (law, decree, circular): number, title, issuer, dates.</summary>
public sealed record LegalInstrument(
    string Id, string Kind, string Number, string Title, string Issuer, DateOnly? IssuedOn, DateOnly? EffectiveFrom, bool Verified)
{
    /// <summary>
    /// The "Căn cứ …;" line of an official document: a law by title and number, a decree or circular by number, issuer
    /// and title; the date only when it has been checked against the gazette (<see cref="Verified"/>).
    /// </summary>
    public string Citation
    {
        get
        {
            // Nghị định 30/2020: a leading zero for days below 10 and for months 1 and 2 (as OfficialText.PlaceAndDate).
            var date = Verified && IssuedOn is { } d ? $" ngày {d.Day:00} tháng {(d.Month <= 2 ? d.Month.ToString("00", CultureInfo.InvariantCulture) : d.Month.ToString(CultureInfo.InvariantCulture))} năm {d.Year}" : "";
            return Kind == "law"
                ? $"Căn cứ {Title} số {Number}{date};"
                : $"Căn cứ {KindName} số {Number}{date} của {Issuer} {LowerFirst(Title.StartsWith(KindName, StringComparison.Ordinal) ? Title[KindName.Length..].TrimStart() : Title)};";
        }
    }

    /// <summary>"Luật Thanh tra số 84/2025/QH15": how docs and the UI name it.</summary>
    public string ShortName => Kind == "law" ? $"{Title} số {Number}" : $"{KindName} số {Number}";

    private string KindName => Kind switch { "decree" => "Nghị định", "circular" => "Thông tư", "decision" => "Quyết định", _ => "Văn bản" };

    private static string LowerFirst(string s) => s.Length == 0 ? s : char.ToLower(s[0], CultureInfo.GetCultureInfo("vi-VN")) + s[1..];
}

/// <summary>An article of an instrument the procedure relies on (e.g. the conclusion: Điều 36 of the law).</summary>
public sealed record LegalArticle(string Instrument, string Article);

/// <summary>A dated version of the legal bases: the instruments in force from <see cref="EffectiveFrom"/>.</summary>
public sealed record LegalBasisVersion(
    string Version,
    DateOnly EffectiveFrom,
    DateOnly? EffectiveTo,
    IReadOnlyList<LegalInstrument> Instruments,
    IReadOnlyDictionary<string, string[]> Citations,
    IReadOnlyDictionary<string, LegalArticle> Articles)
{
    public LegalInstrument Instrument(string id)
        => Instruments.FirstOrDefault(i => i.Id == id) ?? throw new KeyNotFoundException($"Legal basis version {Version} has no instrument '{id}'.");

    /// <summary>The "Căn cứ …;" lines for a kind of procedure ("thanh-tra", "kiem-tra"), in order.</summary>
    public IReadOnlyList<string> CitationsFor(string procedure)
        => Citations.TryGetValue(procedure, out var ids) ? ids.Select(id => Instrument(id).Citation).ToList() : [];

    /// <summary>"Điều 36 Luật Thanh tra số 84/2025/QH15", or null when this version names no such article.</summary>
    public string? ArticleText(string key)
        => Articles.TryGetValue(key, out var a) ? $"{a.Article} {Instrument(a.Instrument).ShortName}" : null;
}

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
