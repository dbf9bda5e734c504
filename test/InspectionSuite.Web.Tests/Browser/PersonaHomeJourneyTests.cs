using InspectionSuite.Web.Tests.Infrastructure;
using Microsoft.Playwright;
using Shouldly;
using Xunit;

namespace InspectionSuite.Web.Tests.Browser;

/// <summary>Each persona's home and inbox (issue 18) at desktop and phone width, in Vietnamese and English.</summary>
public sealed class PersonaHomeJourneyTests(BrowserFixture fixture) : IClassFixture<BrowserFixture>
{
    public static TheoryData<int, string> Sizes => new() { { 1366, "vi" }, { 390, "vi" }, { 1366, "en" }, { 390, "en" } };

    private static async Task NoSidewaysScrollAsync(IPage page, int width)
        => (await page.EvaluateAsync<int>("document.documentElement.scrollWidth")).ShouldBeLessThanOrEqualTo(width + 1);

    [Theory]
    [MemberData(nameof(Sizes))]
    public async Task Should_start_an_inspector_on_their_tasks_due_soonest_and_their_cases(int width, string lang)
    {
        if (Infrastructure.Browser.SkipReason is not null) return;
        var texts = LocalizationTexts.Of(lang);
        var page = await fixture.SignedInPageAsync("inspector", width, width < 500 ? 844 : 768);
        await page.GotoAsync($"/?culture={lang}");
        await page.Locator($"html[lang='{lang}']").WaitForAsync();
        (await page.Locator("#home-tasks-h").InnerTextAsync()).ShouldContain(texts["Home.MyTasks"]);
        (await page.Locator("#home-tasks .home-task").CountAsync()).ShouldBeGreaterThan(0);
        (await page.Locator("#home-cases .case-link").CountAsync()).ShouldBeGreaterThan(0);
        await NoSidewaysScrollAsync(page, width);
        await BrowserFixture.ScreenshotAsync(page, $"home-inspector-{width}-{lang}");

        await page.Locator("#home-tasks .case-link").First.ClickAsync();
        await page.WaitForURLAsync("**/Cases/Detail/**");
        await page.GotoAsync("/Inbox");
        await page.Locator("#inbox-table").WaitForAsync();
        await NoSidewaysScrollAsync(page, width);
        await BrowserFixture.ScreenshotAsync(page, $"inbox-inspector-{width}-{lang}");
    }

    [Theory]
    [MemberData(nameof(Sizes))]
    public async Task Should_start_a_unit_representative_on_what_their_unit_owes(int width, string lang)
    {
        if (Infrastructure.Browser.SkipReason is not null) return;
        var texts = LocalizationTexts.Of(lang);
        var page = await fixture.SignedInPageAsync("unitrep", width, width < 500 ? 844 : 768);
        await page.GotoAsync($"/?culture={lang}");
        await page.Locator($"html[lang='{lang}']").WaitForAsync();
        (await page.Locator("#home-unit-work-h").InnerTextAsync()).ShouldBe(texts["Home.UnitWork"]);
        (await page.Locator("#home-cases").CountAsync()).ShouldBe(0);
        await NoSidewaysScrollAsync(page, width);
        await BrowserFixture.ScreenshotAsync(page, $"home-unitrep-{width}-{lang}");
    }
}
