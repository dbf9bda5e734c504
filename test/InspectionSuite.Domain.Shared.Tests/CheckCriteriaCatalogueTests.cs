using System.Text.RegularExpressions;
using InspectionSuite.Cases;
using InspectionSuite.Testing;
using Shouldly;
using Xunit;

namespace InspectionSuite.Domain.Shared.Tests;

/// <summary>
/// The KH534 criteria catalogue (Cases/Criteria/kh534-criteria.json) cites the plan correctly: each criterion's quoted
/// words are found in the plan (docs/seed/ke-hoach-534-quang-ngai.txt) inside one of the sections it cites.
/// </summary>
public sealed partial class CheckCriteriaCatalogueTests
{
    private static readonly Lazy<IReadOnlyList<(string Section, string Text)>> Seed = new(() => SeedSections.Read(Path.Combine(TestPaths.RepositoryRoot, "docs", "seed", "ke-hoach-534-quang-ngai.txt")));

    [Fact]
    public void Should_find_every_quote_in_a_section_the_criterion_cites()
    {
        CheckCriteriaCatalogue.All.Count.ShouldBeGreaterThanOrEqualTo(14);
        foreach (var c in CheckCriteriaCatalogue.All)
        {
            var where = Seed.Value.Where(s => Normalize(s.Text).Contains(Normalize(c.Quote), StringComparison.OrdinalIgnoreCase)).Select(s => s.Section).ToList();
            where.ShouldNotBeEmpty($"{c.Code}: quote not found in the plan");
            where.ShouldContain(s => c.Sections.Contains(s), $"{c.Code}: quote found in {string.Join(", ", where)}, cites {string.Join(", ", c.Sections)}");
            c.Sections.ShouldAllBe(s => Seed.Value.Any(x => x.Section == s), $"{c.Code} cites a section the plan does not have");
        }
    }

    [Fact]
    public void Should_cite_the_sections_the_issue_names_and_keep_two_indicators_for_tthc_and_digitisation()
    {
        Cited("KH534-01").ShouldContain("I.2.a"); Cited("KH534-01").ShouldContain("II.4.b");
        Cited("KH534-08").ShouldContain("II.4.b");
        Cited("KH534-03").ShouldContain("II.5.a"); Cited("KH534-09").ShouldContain("II.5.a");
        CheckCriteriaCatalogue.Find("KH534-03")!.NameVi.ShouldNotContain("số hóa");
        Cited("KH534-06").ShouldContain("IV.1"); Cited("KH534-07").ShouldContain("IV.1");
        Cited("KH534-10").ShouldContain("II.1.a"); Cited("KH534-11").ShouldContain("II.2.b"); Cited("KH534-12").ShouldContain("II.6.a");
        Cited("KH534-13").ShouldContain("Phụ lục 13"); Cited("KH534-14").ShouldContain("Phụ lục 12");
        // IV.2 holds Sở Nội vụ's own deadlines (15/6, 15/12), not a unit's; III is funding.
        CheckCriteriaCatalogue.All.ShouldAllBe(c => !c.Sections.Any(s => s.StartsWith("IV.2") || s.StartsWith("III")));
        CheckCriteriaCatalogue.All.Select(c => c.Code).ShouldBeUnique();
        CheckCriteriaCatalogue.Version.ShouldBe(2);
        CheckCriteriaCatalogue.Find("kh534-03")!.Source.ShouldBe("KH 534 I.2.a; II.5.a; Phụ lục 11");
    }

    private static IReadOnlyList<string> Cited(string code) => CheckCriteriaCatalogue.Find(code)!.Sections;

    // The plan's text marks a few words in bold (**…**); the quote is the words.
    private static string Normalize(string s) => Whitespace().Replace(s.Replace("*", ""), " ").Trim();

    [GeneratedRegex(@"\s+")]
    private static partial Regex Whitespace();
}
