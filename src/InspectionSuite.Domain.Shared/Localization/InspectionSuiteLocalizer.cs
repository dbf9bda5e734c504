using System.Collections.Concurrent;

namespace InspectionSuite.Localization;

/// <summary>
/// Texts from the JSON resources in this assembly (Localization/vi.json, en.json). Vietnamese is the
/// default culture. A missing key falls back to English, then to the key itself — never an exception.
/// </summary>
public sealed class InspectionSuiteLocalizer
{
    public const string DefaultCulture = "vi";
    public static readonly string[] SupportedCultures = ["vi", "en"];

    private static readonly ConcurrentDictionary<string, IReadOnlyDictionary<string, string>> Tables = new();
    private readonly Func<string, IReadOnlyDictionary<string, string>> _loader;

    public InspectionSuiteLocalizer() : this(LoadEmbedded) { }

    /// <summary>For tests: supply the tables directly.</summary>
    public InspectionSuiteLocalizer(Func<string, IReadOnlyDictionary<string, string>> loader) => _loader = loader;

    public string this[string key] => Get(key, CultureInfo.CurrentUICulture);

    public string this[string key, params object?[] args] => Format(Get(key, CultureInfo.CurrentUICulture), args);

    public string Get(string key, CultureInfo culture)
    {
        var lang = culture.TwoLetterISOLanguageName;
        if (!SupportedCultures.Contains(lang)) lang = DefaultCulture;
        if (Table(lang).TryGetValue(key, out var text)) return text;
        if (lang != "en" && Table("en").TryGetValue(key, out var english)) return english;
        return key;
    }

    public string Get(string key, CultureInfo culture, params object?[] args) => Format(Get(key, culture), args);

    /// <summary>Localized text of a business error (its code is the key).</summary>
    public string Error(BusinessException error) => Error(error.Code, error.Args);

    /// <summary>
    /// Localized text of an error code. Arguments that are internal names become words for people: the entity of a
    /// not-found ("InspectionCase" → "cuộc thanh tra/kiểm tra", no id), the permission or reason of a refusal.
    /// </summary>
    public string Error(string code, object?[] args) => code switch
    {
        InspectionSuiteErrorCodes.EntityNotFound when args is [string entity, ..] => this[code, EntityName(entity)],
        InspectionSuiteErrorCodes.Forbidden when args is [string reason, ..] => reason.StartsWith(PermissionPrefix, StringComparison.Ordinal)
            ? this[code, PermissionName(reason)]
            : this[InspectionSuiteErrorCodes.ForbiddenBecause, this[reason]],
        _ => this[code, args],
    };

    private const string PermissionPrefix = "InspectionSuite.";

    /// <summary>What a permission lets one do, in the user's language ("Permission.InspectionSuite.Cases.Cancel"); the name itself if no text.</summary>
    public string PermissionName(string permission) => this["Permission." + permission];

    /// <summary>The thing a not-found error is about ("Entity.InspectionCase"); a neutral word when there is no text.</summary>
    public string EntityName(string entity)
    {
        var key = "Entity." + entity;
        var text = this[key];
        return text == key ? this["Entity.Unknown"] : text;
    }

    private IReadOnlyDictionary<string, string> Table(string lang)
        => ReferenceEquals(_loader, (Func<string, IReadOnlyDictionary<string, string>>)LoadEmbedded)
            ? Tables.GetOrAdd(lang, LoadEmbedded)
            : _loader(lang);

    private static string Format(string template, object?[] args)
    {
        if (args.Length == 0) return template;
        try { return string.Format(CultureInfo.CurrentCulture, template, args); }
        catch (FormatException) { return template; }
    }

    // Each area keeps its own file (Localization/{area}.{lang}.json) so features add texts without
    // editing a shared file; all files of a language merge into one table.
    private static IReadOnlyDictionary<string, string> LoadEmbedded(string lang)
    {
        var asm = typeof(InspectionSuiteLocalizer).Assembly;
        var table = new Dictionary<string, string>(StringComparer.Ordinal);
        var options = new JsonSerializerOptions { PropertyNameCaseInsensitive = true };
        foreach (var name in asm.GetManifestResourceNames()
                     .Where(n => n.Contains(".Localization.", StringComparison.Ordinal) && n.EndsWith($".{lang}.json", StringComparison.Ordinal))
                     .Order(StringComparer.Ordinal))
        {
            using var stream = asm.GetManifestResourceStream(name)!;
            var doc = JsonSerializer.Deserialize<LocalizationFile>(stream, options);
            foreach (var (key, text) in doc?.Texts ?? []) table[key] = text;
        }
        return table;
    }

    private sealed class LocalizationFile
    {
        public string Culture { get; set; } = "";
        public Dictionary<string, string> Texts { get; set; } = new();
    }
}
