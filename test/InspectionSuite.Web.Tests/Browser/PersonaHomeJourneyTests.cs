using InspectionSuite.Web.Tests.Infrastructure;
using Microsoft.Playwright;
using Shouldly;
using Xunit;

namespace InspectionSuite.Web.Tests.Browser;

/// <summary>
/// Each persona's home and inbox (issue 18) at desktop and phone width, in Vietnamese and English, read from the seeded
/// demo data. The inspector's and the unit representative's start pages are checked in the same visit (they were a class
/// of their own that signed in and loaded the same home pages again).
/// </summary>
public static class PersonaHomeJourneyTests
{
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
            await NoSidewaysScrollAsync(page, width);
            var texts = LocalizationTexts.Of(lang);
            if (persona == "inspector")
            {
                // An inspector starts on their tasks due soonest and their cases.
                (await page.Locator("#home-tasks-h").InnerTextAsync()).ShouldContain(texts["Home.MyTasks"]);
                (await page.Locator("#home-tasks .home-task").CountAsync()).ShouldBeGreaterThan(0);
                (await page.Locator("#home-cases .case-link").CountAsync()).ShouldBeGreaterThan(0);
            }
            if (persona == "unitrep")
            {
                // A unit's representative starts on what their unit owes, with no case list.
                (await page.Locator("#home-unit-work-h").InnerTextAsync()).ShouldBe(texts["Home.UnitWork"]);
                (await page.Locator("#home-cases").CountAsync()).ShouldBe(0);
            }
            await BrowserFixture.ScreenshotAsync(page, $"home-{persona}-{width}-{lang}");
            if (persona == "inspector")
            {
                await page.Locator("#home-tasks .case-link").First.ClickAsync();
                await page.WaitForPageAsync("**/Cases/Detail/**");
            }

            await page.GotoAsync("/Inbox");
            await page.Locator("#inbox-filters").WaitForAsync();
            if (persona == "inspector") await page.Locator("#inbox-table").WaitForAsync(); // the inspector has tasks
            await FitsTheWindowAsync(page);
            await NoSidewaysScrollAsync(page, width);
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
            await page.WaitForPageAsync($"**due={chosen.Value}**");
            (await page.Locator("#inbox-total").InnerTextAsync()).ShouldBe(chosen.Count.ToString());
            (await page.Locator("#inbox-table tbody tr").CountAsync()).ShouldBe(Math.Min(chosen.Count, InspectionSuite.Web.Pages.InboxModel.PageSize));
            await FitsTheWindowAsync(page);
            await BrowserFixture.ScreenshotAsync(page, $"inbox-{persona}-{width}-{lang}");
            // The filter is the address: back returns to the unfiltered inbox.
            await page.GoBackAsync();
            await page.WaitForPageAsync(unfilteredUrl);
            (await page.Locator("#inbox-total").InnerTextAsync()).ShouldBe(counts.Sum(c => c.Count).ToString());
        }
    }
}
