using System.Net;
using System.Text.RegularExpressions;
using InspectionSuite.Web.Tests.Infrastructure;
using Shouldly;
using Xunit;
using Xunit.Abstractions;

namespace InspectionSuite.Web.Tests.Foundation;

/// <summary>
/// No text in the wrong language (issue 20): every persona's main pages, rendered over HTTP in Vietnamese and in English,
/// carry no distinctive string of the other language's resource files; on English pages every Vietnamese word outside an
/// element marked <c>lang="vi"</c> (data: unit names, subjects) is a failure too, whether it comes from a resource or not.
/// </summary>
/// <remarks>
/// Which resource strings are "distinctive" (the rule, so a reader can judge a failure):
/// <list type="bullet">
/// <item>each value is cut at its placeholders ({0}) and at sentence ends, and each piece is trimmed of punctuation;</item>
/// <item>a Vietnamese piece counts when it has at least two words and a Vietnamese letter (non-ASCII: ă, đ, ơ, ư, tones);</item>
/// <item>an English piece counts when it has at least two words of two letters or more, at least ten characters, and only
/// ASCII letters;</item>
/// <item>a piece that occurs in any value of the page's own language is shared (a proper noun such as "Sở Nội vụ" kept in
/// English texts, an acronym phrase) and does not count.</item>
/// </list>
/// Text inside an element whose <c>lang</c> differs from the page's (data marked as Vietnamese) is not the UI's and is
/// not scanned.
/// </remarks>
public sealed partial class PageLanguageHttpTests(WebTestHost host, ITestOutputHelper output) : IClassFixture<WebTestHost>
{
    private static readonly string[] Personas = ["admin", "supervisor", "inspector", "leader", "unitrep"];

    [Fact]
    public async Task Should_show_no_vietnamese_resource_text_on_english_pages_and_mark_vietnamese_data()
        => await ScanAsync("en");

    [Fact]
    public async Task Should_show_no_english_resource_text_on_vietnamese_pages()
        => await ScanAsync("vi");

    [Fact]
    public void Distinctive_strings_follow_the_rule()
    {
        var vi = DistinctiveStrings("vi");
        var en = DistinctiveStrings("en");
        vi.ShouldContain("Hủy cuộc thanh tra/kiểm tra");
        en.ShouldContain("due before");
        en.ShouldNotContain("CSV");                     // one word
        vi.ShouldAllBe(s => s.Any(c => c > 127 && char.IsLetter(c)));
        en.ShouldAllBe(s => s.All(c => c < 128));
    }

    [Fact]
    public async Task Should_say_which_fields_a_document_lacks_in_words_as_visible_text()
    {
        using var inspector = host.CreateClient();
        await inspector.LoginAsync("inspector");
        var list = await inspector.Http.GetStringAsync("/Cases");
        var ids = Regex.Matches(list, "href=\"/Cases/Detail/([0-9a-f-]{36})\"").Select(m => m.Groups[1].Value).Distinct().ToList();
        var lacking = 0;
        foreach (var lang in new[] { "vi", "en" })
        {
            await inspector.Http.GetAsync($"/culture/{lang}?returnUrl=/");
            var texts = LocalizationTexts.Of(lang);
            foreach (var id in ids)
            {
                var html = await inspector.Http.GetStringAsync($"/Cases/Detail/{id}");
                // A document not yet possible is an item that does nothing (aria-disabled, reachable by keyboard) with its reason as text.
                foreach (Match item in Regex.Matches(html, "<button type=\"button\" class=\"dropdown-item[^\"]*document-unavailable\"[^>]*>(.*?)</button>", RegexOptions.Singleline))
                {
                    lacking++;
                    item.Value.ShouldNotContain("title=");                 // in the item's text, not a tooltip
                    var text = WebUtility.HtmlDecode(item.Groups[1].Value);
                    text.ShouldContain(texts["Case.DocumentMissingFields"].Replace("{0}", "").Trim());
                    Regex.IsMatch(text, @"\b(Case|Document|Extension|Suspension|Unit|Team|Signer|Authority|Minutes|Report|Plan)\.[A-Z]").ShouldBeFalse(text);
                }
                VisibleText.Of(html).ShouldNotContain("Document.Number");
            }
        }
        lacking.ShouldBeGreaterThan(0);
    }

    [Fact]
    public async Task Should_name_audit_kinds_and_entity_changes_in_words()
    {
        using var admin = host.CreateClient();
        await admin.LoginAsync("admin");
        var html = await admin.Http.GetStringAsync("/Admin/AuditLog?kind=EntityChange");
        var text = VisibleText.Of(html);

        text.ShouldContain(LocalizationTexts.Vi["AuditKind.EntityChange"]);
        Regex.IsMatch(text, @"\b[A-Z][A-Za-z]+\.(Created|Updated|Deleted|SoftDeleted|RolesChanged)\b").ShouldBeFalse();
        text.ShouldNotContain("EntityChange");
    }

    private async Task ScanAsync(string lang)
    {
        var foreign = DistinctiveStrings(lang == "en" ? "vi" : "en");
        var failures = new List<string>();
        var pages = 0;
        foreach (var persona in Personas)
        {
            using var client = host.CreateClient();
            await client.LoginAsync(persona);
            (await client.Http.GetAsync($"/culture/{lang}?returnUrl=/")).StatusCode.ShouldBe(HttpStatusCode.Redirect);
            foreach (var path in await MainPathsAsync(client))
            {
                var response = await client.Http.GetAsync(path);
                if (!response.IsSuccessStatusCode) { failures.Add($"{persona} {lang} {path}: HTTP {(int)response.StatusCode}"); continue; }
                if (response.Content.Headers.ContentType?.MediaType != "text/html") continue;
                pages++;
                var html = await response.Content.ReadAsStringAsync();
                PageLang().Match(html).Groups[1].Value.ShouldBe(lang, $"{path} as {persona}");
                var text = UiText(html, lang);
                foreach (var s in foreign.Where(s => text.Contains(s, StringComparison.Ordinal)))
                    failures.Add($"{persona} {lang} {path}: “{s}”");
                if (lang == "en")
                    foreach (var run in VietnameseRuns(html).Distinct())
                        failures.Add($"{persona} {lang} {path}: unmarked Vietnamese “{run}”");
            }
        }
        output.WriteLine($"{pages} pages scanned");
        pages.ShouldBeGreaterThan(Personas.Length * 3);
        failures.Distinct().ShouldBeEmpty("text in the wrong language (persona, language, page: text)");
    }

    /// <summary>The pages a persona's main menu links to, and the first case reached from the case list or inbox.</summary>
    private static async Task<List<string>> MainPathsAsync(TestClient client)
    {
        var home = await client.Http.GetStringAsync("/");
        var nav = Nav().Match(home).Value;
        var paths = Hrefs().Matches(nav).Select(m => WebUtility.HtmlDecode(m.Groups[1].Value))
            .Where(h => h.StartsWith('/') && !h.StartsWith("//", StringComparison.Ordinal) && !h.StartsWith("/culture/", StringComparison.Ordinal))
            .Prepend("/").Distinct().ToList();
        nav.ShouldNotBeEmpty();
        foreach (var list in new[] { "/Cases", "/Inbox", "/MyUnit" }.Where(paths.Contains))
        {
            var first = CaseLink().Match(await client.Http.GetStringAsync(list));
            if (first.Success && !paths.Contains(first.Groups[1].Value)) paths.Add(first.Groups[1].Value);
        }
        return paths;
    }

    /// <summary>
    /// What the UI says on the page: text and read-out attributes, without scripts and without elements marked as
    /// another language (data: <see cref="DataText.Vi"/> writes a flat <c>&lt;span lang="vi"&gt;</c>, no nesting).
    /// </summary>
    private static string UiText(string html, string lang)
    {
        var body = Body().Match(html) is { Success: true } b ? b.Value : html;
        body = OtherLanguage().Replace(body, m => m.Groups[2].Value == lang ? m.Value : " ");
        return Spaces().Replace(VisibleText.Of(body), " ");
    }

    // Each text node (between tags) of the UI text that holds a Vietnamese letter: one failure per piece of data left unmarked.
    private static IEnumerable<string> VietnameseRuns(string html)
    {
        var body = Body().Match(html) is { Success: true } b ? b.Value : html;
        body = OtherLanguage().Replace(body, m => m.Groups[2].Value == "en" ? m.Value : " ");
        return Tags().Split(Scripts().Replace(body, " ")).Select(t => Spaces().Replace(WebUtility.HtmlDecode(t), " ").Trim())
            .Where(t => t.Any(c => c > 127 && char.IsLetter(c)));
    }

    /// <summary>The distinctive pieces of one language's resource values (see the rule in the remarks).</summary>
    public static IReadOnlyList<string> DistinctiveStrings(string lang)
    {
        var own = LocalizationTexts.Of(lang).Values.ToList();
        var other = LocalizationTexts.Of(lang == "en" ? "vi" : "en").Values.ToList();
        return own.SelectMany(Pieces).Distinct()
            .Where(p => lang == "vi" ? IsVietnamese(p) : IsEnglish(p))
            .Where(p => !other.Any(v => v.Contains(p, StringComparison.Ordinal)))
            .ToList();
    }

    private static IEnumerable<string> Pieces(string value)
        => Cuts().Split(value).Select(p => p.Trim(' ', ',', ';', ':', '(', ')', '"', '“', '”', '—', '–', '-', '·', '/', '…', '\'', '«', '»', '[', ']'))
            .Where(p => p.Length > 0);

    private static bool IsVietnamese(string piece)
        => piece.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length >= 2 && piece.Any(c => c > 127 && char.IsLetter(c));

    private static bool IsEnglish(string piece)
        => piece.Length >= 10 && piece.All(c => c < 128)
           && Words().Matches(piece).Count(m => m.Value.Length >= 2) >= 2;

    [GeneratedRegex(@"\{[0-9]+(:[^}]*)?\}|[.!?](\s|$)|\n")]
    private static partial Regex Cuts();

    [GeneratedRegex("<html[^>]*\\slang=\"([a-z]+)\"")]
    private static partial Regex PageLang();

    [GeneratedRegex("<nav[^>]*class=\"[^\"]*navbar.*?</nav>", RegexOptions.Singleline)]
    private static partial Regex Nav();

    [GeneratedRegex("<a\\s[^>]*href=\"([^\"]+)\"")]
    private static partial Regex Hrefs();

    [GeneratedRegex("href=\"(/Cases/Detail/[0-9a-f-]{36})\"")]
    private static partial Regex CaseLink();

    [GeneratedRegex("<body.*</body>", RegexOptions.Singleline)]
    private static partial Regex Body();

    [GeneratedRegex("<(\\w+)[^>]*\\slang=\"([a-z]+)\"[^>]*>.*?</\\1>", RegexOptions.Singleline)]
    private static partial Regex OtherLanguage();

    [GeneratedRegex("<[^>]+>")]
    private static partial Regex Tags();

    [GeneratedRegex("<(script|style)[^>]*>.*?</\\1>", RegexOptions.Singleline | RegexOptions.IgnoreCase)]
    private static partial Regex Scripts();

    [GeneratedRegex(@"\s+")]
    private static partial Regex Spaces();

    [GeneratedRegex(@"\p{L}+")]
    private static partial Regex Words();
}
