namespace InspectionSuite.Legal;

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
