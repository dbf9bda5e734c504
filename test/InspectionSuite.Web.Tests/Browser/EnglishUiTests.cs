using System.Globalization;
using System.Text.RegularExpressions;
using InspectionSuite.Web.Tests.Infrastructure;
using Microsoft.Playwright;
using Shouldly;
using Xunit;

namespace InspectionSuite.Web.Tests.Browser;

/// <summary>
/// The supervisor signs in on the login page, switches the UI to English with the language menu, walks the main pages and switches back. Expected
/// texts come from the localization files themselves, so a page that stays Vietnamese or shows a key fails.
/// </summary>
public sealed class EnglishUiTests(BrowserFixture fixture) : IClassFixture<BrowserFixture>
{
    private static readonly IReadOnlyDictionary<string, string> En = LocalizationTexts.En;
    private static readonly IReadOnlyDictionary<string, string> Vi = LocalizationTexts.Vi;

    // A key shows up as itself when it is missing from the tables; its first segment is one the files use ("Nav", "Case", "Ov", ...).
    private static readonly Regex RawKey = new(
        @"\b(?:" + string.Join("|", En.Keys.Where(k => k.Contains('.')).Select(k => Regex.Escape(k[..k.IndexOf('.')])).Distinct()) +
        @")\.[A-Z][A-Za-z0-9]*(?:\.[A-Za-z0-9]+)*\b");

    private static readonly string[] MenuKeys = ["Nav.Home", "Nav.Inbox", "Nav.Cases", "Nav.Planning"];

    [BrowserFact]
    public async Task Should_show_the_main_pages_in_english_after_switching_language_and_vietnamese_after_switching_back()
    {
        RawKey.IsMatch("Inbox: Cases.Title").ShouldBeTrue(); // the detector itself works
        // The one browser test that signs in through the login form (the others set the sign-in cookie).
        var context = await fixture.NewContextAsync(new() { BaseURL = fixture.Host.BaseAddress.ToString(), Locale = "vi-VN" });
        context.SetDefaultTimeout(60_000);
        var page = await context.NewPageAsync();
        await BrowserFixture.SignInThroughTheLoginPageAsync(page, "supervisor");
        page.Url.ShouldBe(fixture.Host.BaseAddress.ToString()); // the login lands on the home page
        (await Heading(page)).ShouldBe(Format(Vi["Home.Welcome"], "supervisor"));

        await SwitchLanguageAsync(page, "VI – " + Vi["Nav.Language"], "English", "en");
        (await Heading(page)).ShouldBe(Format(En["Home.Welcome"], "supervisor"));
        await ShouldBeEnglishAsync(page);

        await ClickMenuAsync(page, En["Nav.Cases"], "**/Cases");
        (await Heading(page)).ShouldBe(En["Cases.Title"]);
        await ShouldBeEnglishAsync(page);

        await page.Locator("a.case-link").First.ClickAsync();
        await page.WaitForPageAsync("**/Cases/Detail/**");
        (await page.Locator("#deadlines-h").InnerTextAsync()).Trim().ShouldBe(En["Case.Deadlines"]);
        (await page.Locator("#timeline-h").InnerTextAsync()).Trim().ShouldBe(En["Case.Timeline"]);
        await ShouldBeEnglishAsync(page);
        await BrowserFixture.ScreenshotAsync(page, "english-case");

        await ClickMenuAsync(page, En["Nav.Inbox"], "**/Inbox");
        (await Heading(page)).ShouldBe(En["Inbox.Title"]);
        await ShouldBeEnglishAsync(page);

        await ClickMenuAsync(page, En["Nav.Planning"], "**/Planning");
        (await Heading(page)).ShouldBe(En["Planning.Title"]);
        await ShouldBeEnglishAsync(page);

        await page.Locator("#notification-bell").ClickAsync();
        await page.WaitForPageAsync("**/Notifications");
        (await Heading(page)).ShouldBe(En["Notifications.Title"]);
        await ShouldBeEnglishAsync(page);
        await BrowserFixture.ScreenshotAsync(page, "english-notifications");

        // Back to Vietnamese from the same menu: the page the user is on comes back in Vietnamese.
        await SwitchLanguageAsync(page, "EN – " + En["Nav.Language"], "Tiếng Việt", "vi");
        page.Url.ShouldEndWith("/Notifications");
        (await Heading(page)).ShouldBe(Vi["Notifications.Title"]);
        (await page.Locator("nav.navbar").InnerTextAsync()).ShouldContain(Vi["Nav.Cases"]);
    }

    // The button's name starts with its visible text ("VI", WCAG 2.5.3), then what it is for.
    private static async Task SwitchLanguageAsync(IPage page, string menuLabel, string choice, string lang)
    {
        await page.GetByRole(AriaRole.Button, new() { Name = menuLabel, Exact = true }).ClickAsync();
        await page.GetByRole(AriaRole.Link, new() { Name = choice, Exact = true }).ClickAsync();
        await page.Locator($"html[lang='{lang}']").WaitForAsync();
        await page.WaitForParsedAsync(); // <html lang> is the page's first element: its menu and scripts may still be arriving
    }

    private static async Task ClickMenuAsync(IPage page, string text, string url)
    {
        await NavMenu.ClickAsync(page, text);
        await page.WaitForPageAsync(url);
    }

    private static async Task<string> Heading(IPage page) => (await page.Locator("main h1").First.InnerTextAsync()).Trim();

    private static async Task ShouldBeEnglishAsync(IPage page)
    {
        (await page.Locator("html").GetAttributeAsync("lang")).ShouldBe("en");
        var menu = await page.Locator("nav.navbar").InnerTextAsync();
        foreach (var key in MenuKeys) menu.ShouldContain(En[key], customMessage: $"menu on {page.Url}");
        menu.ShouldNotContain(Vi["Nav.Cases"], customMessage: $"Vietnamese menu on {page.Url}");
        var text = await page.Locator("body").InnerTextAsync();
        RawKey.Matches(text).Select(m => m.Value).ShouldBeEmpty($"localization keys shown on {page.Url}");
    }

    private static string Format(string template, params object[] args) => string.Format(CultureInfo.InvariantCulture, template, args);
}
