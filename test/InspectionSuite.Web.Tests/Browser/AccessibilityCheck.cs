using System.Text.Json;
using System.Text.RegularExpressions;
using InspectionSuite.Web.Tests.Infrastructure;
using Microsoft.AspNetCore.Localization;
using Microsoft.Playwright;
using Shouldly;
using Xunit.Abstractions;

namespace InspectionSuite.Web.Tests.Browser;

/// <summary>The axe-core check behind <see cref="AccessibilityTests"/>: analyse a persona's pages and compare with <see cref="KnownFailures"/>.</summary>
public abstract class AccessibilityCheck(BrowserFixture fixture, ITestOutputHelper output)
{
    protected BrowserFixture Fixture => fixture;

    private static readonly string[] Tags = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"];
    private static readonly string[] Languages = ["vi", "en"];
    private static readonly (int Width, int Height)[] Viewports = [(1366, 768), (390, 844)];

    /// <summary>The demo personas whose menus are followed, in this order; null is signed out (the login page and /cong-khai).</summary>
    private static readonly string?[] Personas = ["admin", "supervisor", "inspector", "leader", "unitrep", null];

    /// <summary>
    /// Violations not fixed yet, as (page, axe rule id): each is reported to the team (issue 20) and must still be
    /// found on that page by some persona, language or width; a fixed one fails the test until it is removed from here.
    /// </summary>
    internal static readonly (string Path, string Rule)[] KnownFailures =
    [
    ];

    private static readonly Lazy<string> AxeScript = new(() => File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "axe", "axe.min.js")));

    private sealed record Violation(string Where, string Path, string Rule, string Target);

    /// <summary>A page to analyse: its key (as <see cref="KnownFailures"/> names it) and how to bring it up.</summary>
    protected sealed record View(string Key, Func<IPage, Task> Open);

    protected static View Visit(string path) => new(PageKey(path), page => LoadAsync(page, path));

    /// <summary>The page after the form was submitted empty: the server's answer with its field messages shown.</summary>
    protected static View FailedPost(string path, string form) => new(PageKey(path) + " (" + form + " refused)", async page =>
    {
        await LoadAsync(page, path);
        await page.EvaluateAsync(
            """
            sel => {
                const f = document.querySelector(sel);
                f.noValidate = true;
                f.querySelectorAll('input:not([type=hidden]):not([type=file]):not([type=radio]):not([type=checkbox]), textarea').forEach(i => i.value = '');
            }
            """, form);
        await page.Locator(form + " [type=submit]").First.ClickAsync();
        await page.Locator("#form-errors").WaitForAsync();
        await OpenEverythingAsync(page);
    });

    /// <summary>What one test found, and which page contents it has analysed (and as whom).</summary>
    private sealed class Analysis
    {
        public List<Violation> Found { get; } = [];
        public HashSet<string> AnalysedKeys { get; } = [];
        public Dictionary<(string Key, string Lang, string Content), string> AnalysedAs { get; } = [];
    }

    /// <summary>
    /// Every persona (<see cref="Personas"/>) follows their menu in one language: the pages the main bar links to, then the
    /// first case of their case list. A page whose content outside the menu bar is the same as one already analysed for
    /// another persona is not analysed again: axe's result depends only on the document and the window, and each persona's
    /// bar is analysed on their pages that differ (their home page at least, which greets them by name).
    /// </summary>
    protected async Task ShouldPassOnTheMenuPagesAsync(string lang)
    {
        var analysis = new Analysis();
        foreach (var user in Personas)
        {
            var page = await NewPageAsync(user);
            await SetLanguageAsync(page.Context, lang);
            var paths = user is null ? new List<string> { "/Account/Login", "/cong-khai" } : ["/"];
            for (var i = 0; i < paths.Count; i++)
            {
                await AnalyseViewAsync(page, Visit(paths[i]), user, lang, analysis);
                paths.AddRange((await LinksToFollowAsync(page, paths[i], user)).Where(p => !paths.Contains(p)));
            }
            await page.Context.CloseAsync();
            if (user is not null) paths.Count.ShouldBeGreaterThan(1, $"{user} reaches pages from the menu");
        }
        ShouldFindOnlyKnownFailures(analysis);
    }

    /// <summary>The given views, as <paramref name="user"/>, in both languages (the views are made in Vietnamese).</summary>
    protected async Task ShouldPassAsync(string user, Func<IPage, Task<List<View>>> views)
    {
        var page = await NewPageAsync(user);
        await SetLanguageAsync(page.Context, "vi");
        var list = await views(page);
        list.ShouldNotBeEmpty();
        var analysis = new Analysis();
        foreach (var lang in Languages)
        {
            await SetLanguageAsync(page.Context, lang);
            foreach (var view in list) await AnalyseViewAsync(page, view, user, lang, analysis);
        }
        await page.Context.CloseAsync();
        ShouldFindOnlyKnownFailures(analysis);
    }

    private async Task<IPage> NewPageAsync(string? user)
    {
        var context = await fixture.NewContextAsync(new BrowserNewContextOptions
        {
            BaseURL = fixture.Host.BaseAddress.ToString(),
            ViewportSize = new ViewportSize { Width = Viewports[0].Width, Height = Viewports[0].Height },
            Locale = "vi-VN",
            BypassCSP = true,
        });
        context.SetDefaultTimeout(60_000); // a 2-core CI machine running another test beside this one
        await context.AddInitScriptAsync(AxeScript.Value);
        if (user is not null) await fixture.SignInAsync(context, user);
        var page = await context.NewPageAsync();
        page.Dialog += (_, dialog) => dialog.AcceptAsync(); // confirmations (data-confirm) of the failed posts
        return page;
    }

    // The cookie the language menu (/culture/{lang}) sets, set without loading a page for it.
    private Task SetLanguageAsync(IBrowserContext context, string lang) => context.AddCookiesAsync(
    [
        new Microsoft.Playwright.Cookie
        {
            Name = CookieRequestCultureProvider.DefaultCookieName,
            Value = CookieRequestCultureProvider.MakeCookieValue(new RequestCulture(lang)),
            Url = fixture.Host.BaseAddress.ToString(),
        },
    ]);

    // Loaded once at 1366 px, analysed at each width: the layout follows the window (CSS media queries), so the page need
    // not be reloaded after resizing.
    private async Task AnalyseViewAsync(IPage page, View view, string? user, string lang, Analysis analysis)
    {
        var who = user ?? "anonymous";
        await page.SetViewportSizeAsync(Viewports[0].Width, Viewports[0].Height);
        await view.Open(page);
        (await page.Locator("html").GetAttributeAsync("lang")).ShouldBe(lang, $"{who}, {view.Key}");
        var content = await ContentOutsideTheMenuBarAsync(page);
        if (analysis.AnalysedAs.TryGetValue((view.Key, lang, content), out var analysedAs))
        {
            output.WriteLine($"{who}, {lang}, {view.Key}: the same page as for {analysedAs} (analysed there)");
            return;
        }
        analysis.AnalysedAs[(view.Key, lang, content)] = who;
        analysis.AnalysedKeys.Add(view.Key);
        output.WriteLine($"{who}, {lang}, {view.Key}: analysed");
        foreach (var (width, height) in Viewports)
        {
            await page.SetViewportSizeAsync(width, height);
            analysis.Found.AddRange(await AnalyseAsync(page, view.Key, $"{who}, {lang}, {width} px, {view.Key}"));
        }
    }

    private void ShouldFindOnlyKnownFailures(Analysis analysis)
    {
        var unexpected = analysis.Found.Where(v => !KnownFailures.Contains((v.Path, v.Rule))).ToList();
        foreach (var v in analysis.Found) output.WriteLine($"{v.Where}: {v.Rule} — {v.Target}");
        unexpected.Select(v => $"{v.Where}: {v.Rule} — {v.Target}").ShouldBeEmpty("axe-core WCAG 2.1 A/AA violations (page: rule — selector)");

        // Known failures of pages analysed here must still be there (or be removed from the list).
        var stale = KnownFailures.Where(k => analysis.AnalysedKeys.Contains(k.Path) && !analysis.Found.Any(v => v.Path == k.Path && v.Rule == k.Rule)).ToList();
        stale.ShouldBeEmpty($"known failures no longer found: remove them from {nameof(KnownFailures)}");
    }

    // The whole document but the menu bar, as axe would read it: the same for two personas means the same page but the bar.
    // Left out, as they change on every load and axe's result does not depend on them: the antiforgery token's value and
    // the number in the ids Mermaid gives a drawn diagram (the time it was drawn; unique within the page either way).
    private static Task<string> ContentOutsideTheMenuBarAsync(IPage page) => page.EvaluateAsync<string>(
        """
        () => {
            const html = document.documentElement.cloneNode(true);
            html.querySelectorAll('nav.navbar').forEach(n => n.remove());
            html.querySelectorAll('input[name=__RequestVerificationToken]').forEach(i => i.removeAttribute('value'));
            return html.outerHTML.replace(/mermaid-[0-9]+/g, 'mermaid-');
        }
        """);

    // Signed in, the home page's main bar (entries, dropdown entries, the bell, the user menu: same-site pages only), and the
    // first case of the case list (the workspace: diagram, forms in <details>, document menu), which every persona reaches.
    private static async Task<List<string>> LinksToFollowAsync(IPage page, string path, string? user)
    {
        if (user is null) return [];
        if (path == "/")
        {
            var hrefs = await page.Locator("nav.navbar a[href]").EvaluateAllAsync<string[]>("links => links.map(a => a.getAttribute('href'))");
            return hrefs.Where(h => h.StartsWith('/') && !h.StartsWith("/culture/")).Distinct().ToList();
        }
        if (path == "/Cases")
        {
            var firstCase = page.Locator("a.case-link").First;
            if (await firstCase.CountAsync() == 1) return [(await firstCase.GetAttributeAsync("href"))!];
        }
        return [];
    }

    // A page as the known-failures list names it: a case workspace is "/Cases/Detail/{id}" whichever case it shows.
    private static string PageKey(string path) => Regex.Replace(path, "[0-9a-fA-F]{8}-[0-9a-fA-F-]{27}", "{id}");

    private static async Task LoadAsync(IPage page, string path)
    {
        await page.GotoAsync(path);
        await OpenEverythingAsync(page);
    }

    // Every <details> opened and every diagram drawn: Mermaid is loaded when a diagram is shown and draws after that, so
    // analyse what the user ends up with (also after a failed post, whose page draws a diagram the reader keeps open).
    private static async Task OpenEverythingAsync(IPage page)
    {
        await page.EvaluateAsync("() => document.querySelectorAll('details').forEach(d => d.open = true)");
        // On a timer: a page without a diagram then passes at once instead of after the next animation frame (~70 ms a page).
        await page.WaitForFunctionAsync("() => [...document.querySelectorAll('pre.mermaid')].every(p => p.getAttribute('data-processed') === 'true' || p.querySelector('svg'))",
            null, PageWaits.OnATimer);
    }

    // The page as it shows at the current width: at phone width with the menu opened by its toggler.
    private static async Task<List<Violation>> AnalyseAsync(IPage page, string path, string where)
    {
        await NavMenu.ExpandAsync(page);
        TestRunCounts.AxeAnalysed();
        var json = await page.EvaluateAsync<JsonElement>(
            """
            async tags => {
                const r = await axe.run(document, { runOnly: { type: 'tag', values: tags }, resultTypes: ['violations'] });
                return r.violations.flatMap(v => v.nodes.map(n => ({ rule: v.id, target: n.target.join(' '), summary: n.failureSummary || '' })));
            }
            """, Tags);
        // Issue 20: a disabled action says why in visible text next to it (aria-describedby), never only in a title tooltip.
        var silent = await page.EvaluateAsync<string[]>(
            """
            () => [...document.querySelectorAll('button:disabled, input[type=submit]:disabled, [aria-disabled=true]')]
                .filter(b => b.offsetParent !== null)
                .filter(b => !(b.getAttribute('aria-describedby') || '').split(' ').some(id => {
                    const d = id && document.getElementById(id);
                    return d && d.offsetParent !== null && d.textContent.trim().length > 0;
                }))
                .map(b => (b.id ? '#' + b.id : b.tagName.toLowerCase()) + ' "' + b.textContent.trim() + '"')
            """);
        return json.EnumerateArray()
            .Select(v => new Violation(where, path, v.GetProperty("rule").GetString()!, v.GetProperty("target").GetString()!))
            .Concat(silent.Select(t => new Violation(where, path, "disabled-action-without-visible-reason", t)))
            .ToList();
    }
}
