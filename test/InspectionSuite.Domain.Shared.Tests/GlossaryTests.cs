using System.Text.Json;
using System.Text.RegularExpressions;
using InspectionSuite.Testing;
using Shouldly;
using Xunit;

namespace InspectionSuite.Domain.Shared.Tests;

/// <summary>
/// One term per concept (issue 18): no resource text uses a variant docs/glossary.md forbids. The glossary's table is
/// the rule; this test only reads it, so changing a word is one edit in the glossary and the resource files.
/// </summary>
public sealed partial class GlossaryTests
{
    private static readonly string Root = TestPaths.RepositoryRoot;

    [Fact]
    public void Should_use_no_forbidden_variant_in_the_vietnamese_resource_files()
        => Violations("vi", ForbiddenVariants(column: 2)).ShouldBeEmpty("resource texts using a variant docs/glossary.md forbids (file: key — word)");

    [Fact]
    public void Should_use_no_forbidden_variant_in_the_english_resource_files()
        => Violations("en", ForbiddenVariants(column: 4)).ShouldBeEmpty("resource texts using a variant docs/glossary.md forbids (file: key — word)");

    [Fact]
    public void Should_read_the_forbidden_variants_from_the_glossary_and_find_them_in_a_text()
    {
        var vi = ForbiddenVariants(column: 2);
        vi.ShouldContain("vụ việc");
        vi.ShouldContain("kiến nghị khắc phục");
        vi.ShouldContain("₫");
        ForbiddenVariants(column: 4).ShouldContain("₫");
        Uses("Vụ việc {0} đã quá hạn", "vụ việc").ShouldBeTrue();       // case-insensitive
        Uses("Kiến nghị khắc phục", "kiến nghị khắc phục").ShouldBeTrue();
        Uses("khắc phục tình trạng chồng chéo", "kiến nghị khắc phục").ShouldBeFalse();
        Uses("1.000 ₫", "₫").ShouldBeTrue();
        Uses("VNDirect", "VND").ShouldBeFalse();                         // whole words only
    }

    /// <summary>The variants of one column of the glossary's table (2: "Không dùng", 4: "Not used"), lower case.</summary>
    private static List<string> ForbiddenVariants(int column)
    {
        var rows = File.ReadAllLines(Path.Combine(Root, "docs", "glossary.md"))
            .Where(l => l.StartsWith('|') && !l.StartsWith("|---", StringComparison.Ordinal))
            .Select(l => l.Trim().Trim('|').Split('|').Select(c => c.Trim()).ToArray())
            .ToList();
        rows.Count.ShouldBeGreaterThan(5, "the glossary table");
        rows[0][column].ShouldBe(column == 2 ? "Không dùng (vi)" : "Not used (en)");
        return rows.Skip(1).Where(r => r.Length > column)
            .SelectMany(r => r[column].Split(';', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries))
            .Select(v => v.ToLowerInvariant()).ToList();
    }

    private static List<string> Violations(string lang, List<string> forbidden)
    {
        forbidden.ShouldNotBeEmpty();
        var found = new List<string>();
        var dir = Path.Combine(Root, "src", "InspectionSuite.Domain.Shared", "Localization");
        foreach (var file in Directory.GetFiles(dir, $"*.{lang}.json").Order(StringComparer.Ordinal))
        {
            using var doc = JsonDocument.Parse(File.ReadAllText(file));
            foreach (var text in doc.RootElement.GetProperty("texts").EnumerateObject())
                foreach (var variant in forbidden.Where(v => Uses(text.Value.GetString()!, v)))
                    found.Add($"{Path.GetFileName(file)}: {text.Name} — {variant}");
        }
        return found;
    }

    // Whole words: "VND" is not found in "VNDirect"; a sign such as "₫" has no word edges and matches anywhere.
    private static bool Uses(string text, string variant)
        => Regex.IsMatch(text, (char.IsLetter(variant[0]) ? @"(?<!\p{L})" : "") + Regex.Escape(variant) + (char.IsLetter(variant[^1]) ? @"(?!\p{L})" : ""),
            RegexOptions.IgnoreCase | RegexOptions.CultureInvariant);
}
