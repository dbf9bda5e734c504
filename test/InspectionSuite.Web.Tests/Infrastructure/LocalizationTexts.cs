using System.Text.Json;
using InspectionSuite.Testing;

namespace InspectionSuite.Web.Tests.Infrastructure;

/// <summary>
/// The UI texts of one language, read from the localization files themselves, so a browser test's expectations follow
/// the wording instead of copying it.
/// </summary>
public static class LocalizationTexts
{
    public static readonly IReadOnlyDictionary<string, string> En = Load("en");
    public static readonly IReadOnlyDictionary<string, string> Vi = Load("vi");

    public static IReadOnlyDictionary<string, string> Of(string lang) => lang == "en" ? En : Vi;

    private static Dictionary<string, string> Load(string lang)
    {
        var table = new Dictionary<string, string>(StringComparer.Ordinal);
        var dir = Path.Combine(TestPaths.RepositoryRoot, "src", "InspectionSuite.Domain.Shared", "Localization");
        foreach (var file in Directory.GetFiles(dir, $"*.{lang}.json").Order(StringComparer.Ordinal))
        {
            using var doc = JsonDocument.Parse(File.ReadAllText(file));
            foreach (var p in doc.RootElement.GetProperty("texts").EnumerateObject()) table[p.Name] = p.Value.GetString()!;
        }
        return table;
    }
}
