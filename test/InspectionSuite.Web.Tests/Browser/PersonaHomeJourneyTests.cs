using InspectionSuite.Web.Tests.Infrastructure;
using Microsoft.Playwright;
using Shouldly;
using Xunit;

namespace InspectionSuite.Web.Tests.Browser;

/// <summary>
/// Each persona's home and inbox (issue 18) at desktop and phone width, in Vietnamese and English. Two classes (each its
/// own host from the seeded demo data; the tests only read) so the two halves run in parallel.
/// </summary>
public static class PersonaHomeJourneyTests
{
    public static TheoryData<int, string> Sizes => new() { { 1366, "vi" }, { 390, "vi" }, { 1366, "en" }, { 390, "en" } };

    private static async Task NoSidewaysScrollAsync(IPage page, int width)
        => (await page.EvaluateAsync<int>("document.documentElement.scrollWidth")).ShouldBeLessThanOrEqualTo(width + 1);

    public static TheoryData<string, string, int, string> PersonaSizes
    {
        get
        {
            var data = new TheoryData<string, string, int, string>();
            foreach (var (persona, block) in new[] { ("supervisor", "#home-supervisor"), ("inspector", "#home-tasks"), ("leader", "#home-leader"), ("unitrep", "#home-unit-work"), ("admin", "#home-admin") })
                foreach (var (width, lang) in new[] { (1366, "vi"), (390, "vi"), (1366, "en"), (390, "en") })
                    data.Add(persona, block, width, lang);
            return data;
        }
    }

    /// <summary>The page does not scroll sideways: the scrolling element is no wider than the window.</summary>
    private static async Task FitsTheWindowAsync(IPage page)
        => (await page.EvaluateAsync<bool>("document.scrollingElement.scrollWidth <= window.innerWidth")).ShouldBeTrue("no horizontal scroll");

    public sealed class StartPages(BrowserFixture fixture) : IClassFixture<BrowserFixture>
    {
        [Theory]
        [MemberData(nameof(Sizes), MemberType = typeof(PersonaHomeJourneyTests))]
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
        [MemberData(nameof(Sizes), MemberType = typeof(PersonaHomeJourneyTests))]
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

    public sealed class HomeAndInbox(BrowserFixture fixture) : IClassFixture<BrowserFixture>
    {
        [Theory]
        [MemberData(nameof(PersonaSizes), MemberType = typeof(PersonaHomeJourneyTests))]
        public async Task Should_show_each_persona_its_home_and_an_inbox_whose_filter_counts_match_the_rows(string persona, string block, int width, string lang)
        {
            if (Infrastructure.Browser.SkipReason is not null) return;
            var page = await fixture.SignedInPageAsync(persona, width, width < 500 ? 844 : 768);
            await page.GotoAsync($"/?culture={lang}");
            await page.Locator($"html[lang='{lang}']").WaitForAsync();
            (await page.Locator(block).IsVisibleAsync()).ShouldBeTrue($"{persona} sees {block}");
            await FitsTheWindowAsync(page);
            await BrowserFixture.ScreenshotAsync(page, $"home-{persona}-{width}-{lang}");

            await page.GotoAsync("/Inbox");
            await page.Locator("#inbox-filters").WaitForAsync();
            await FitsTheWindowAsync(page);
            // The due value with the most tasks (or the first when the inbox is empty): its count is the number of rows shown.
            var options = page.Locator("#f-due option[data-count]");
            var counts = new List<(string Value, int Count)>();
            for (var i = 0; i < await options.CountAsync(); i++)
                counts.Add((await options.Nth(i).GetAttributeAsync("value") ?? "", int.Parse(await options.Nth(i).GetAttributeAsync("data-count") ?? "0")));
            counts.Count.ShouldBe(3);
            var chosen = counts.OrderByDescending(c => c.Count).First();
            var unfilteredUrl = page.Url;
            await page.Locator("#f-due").SelectOptionAsync(chosen.Value);
            await page.Locator("#inbox-apply").ClickAsync();
            await page.WaitForURLAsync($"**due={chosen.Value}**");
            (await page.Locator("#inbox-total").InnerTextAsync()).ShouldBe(chosen.Count.ToString());
            (await page.Locator("#inbox-table tbody tr").CountAsync()).ShouldBe(Math.Min(chosen.Count, InspectionSuite.Web.Pages.InboxModel.PageSize));
            await FitsTheWindowAsync(page);
            await BrowserFixture.ScreenshotAsync(page, $"inbox-{persona}-{width}-{lang}");
            // The filter is the address: back returns to the unfiltered inbox.
            await page.GoBackAsync();
            await page.WaitForURLAsync(unfilteredUrl);
            (await page.Locator("#inbox-total").InnerTextAsync()).ShouldBe(counts.Sum(c => c.Count).ToString());
        }
    }
}
