using InspectionSuite.Web.Tests.Infrastructure;
using Microsoft.Playwright;
using Shouldly;
using Xunit;

namespace InspectionSuite.Web.Tests.Browser;

/// <summary>
/// The roles with the most menu entries, in both languages, at common laptop, tablet and phone widths: the page never
/// scrolls sideways, and the language switcher, the notification bell, the user menu and the header search are on screen — directly, or
/// once the toggler has opened the collapsed menu.
/// </summary>
public sealed class NavbarFitTests(BrowserFixture fixture) : IClassFixture<BrowserFixture>
{
    // The bar is the same on every page: the home page and the case list (the widest filter row) at each common width and
    // at 1200 px, the narrowest the bar is expanded at.
    private static readonly (string Path, int[] Widths)[] Views =
    [
        ("/", [1366, 1280, 1200, 1024, 768, 390]),
        ("/Cases", [1366, 1280, 1200, 1024, 768, 390]),
    ];

    [BrowserFact]
    public Task Should_fit_the_admin_menu_on_screen_without_horizontal_scrolling_in_both_languages() => ShouldFitAsync("admin");

    [BrowserFact]
    public Task Should_fit_the_supervisor_menu_on_screen_without_horizontal_scrolling_in_both_languages() => ShouldFitAsync("supervisor");

    private async Task ShouldFitAsync(string user)
    {
        var page = await fixture.SignedInPageAsync(user);
        var problems = new List<string>();
        foreach (var lang in new[] { "vi", "en" })
        {
            await page.GotoAsync($"/culture/{lang}?returnUrl=/");
            await page.Locator($"html[lang='{lang}']").WaitForAsync();
            var loaded = "/"; // the switch returns to the home page
            var controls = new Dictionary<string, ILocator>
            {
                ["language switcher"] = page.Locator("nav.navbar").GetByRole(AriaRole.Button, new() { Name = $"{lang.ToUpperInvariant()} – {LocalizationTexts.Of(lang)["Nav.Language"]}", Exact = true }),
                ["notification bell"] = page.Locator("#notification-bell"),
                ["user menu"] = page.Locator("#userMenu"),
                ["header search"] = page.Locator("#header-search-button"), // issue 18: a button on the one-line bar, box and button in the phone menu
            };
            foreach (var (path, width) in Views.SelectMany(v => v.Widths.Select(w => (v.Path, w))))
            {
                await page.SetViewportSizeAsync(width, width < 576 ? 844 : 768);
                // The bar follows the window by CSS media queries alone (no script measures it), so at the next width a page
                // whose menu is still closed is the page a fresh load gives; once the toggler has opened the menu, load again
                // so the closed-menu checks see the menu closed.
                if (loaded != path || await page.Locator("nav.navbar .navbar-collapse.show").CountAsync() > 0)
                {
                    await page.GotoAsync(path);
                    loaded = path;
                }
                var where = $"{user}, {lang}, {width} px, {path}";
                var fits = await FitsAsync(page, where, problems);
                await NavMenu.ExpandAsync(page);
                fits &= await FitsAsync(page, where + " (menu opened)", problems);
                foreach (var (name, control) in controls)
                {
                    if (await OnScreenAsync(control)) continue;
                    problems.Add($"{where}: {name} is not on screen");
                    fits = false;
                }
                if (!fits) await BrowserFixture.FailureScreenshotAsync(page, $"navbar-misfit-{user}-{lang}-{width}{path.Replace('/', '-')}");
                else if (path == "/") await BrowserFixture.ScreenshotAsync(page, $"navbar-{user}-{lang}-{width}");
            }
        }
        problems.ShouldBeEmpty();
    }

    private static async Task<bool> FitsAsync(IPage page, string where, List<string> problems)
    {
        var widths = await page.EvaluateAsync<int[]>("() => [document.documentElement.scrollWidth, window.innerWidth]");
        if (widths[0] <= widths[1]) return true;
        problems.Add($"{where}: page is {widths[0]} px wide in a {widths[1]} px window");
        return false;
    }

    // Visible and inside the window as the page opens (not scrolled, so sideways scrolling cannot bring it in).
    private static async Task<bool> OnScreenAsync(ILocator control)
    {
        if (await control.CountAsync() != 1 || !await control.IsVisibleAsync()) return false;
        return await control.EvaluateAsync<bool>(
            """
            el => {
                window.scrollTo(0, 0);
                const r = el.getBoundingClientRect();
                return r.width > 0 && r.height > 0 && r.left >= 0 && r.top >= 0
                    && r.right <= window.innerWidth && r.bottom <= window.innerHeight;
            }
            """);
    }
}
