using System.Net.Http.Json;
using InspectionSuite.Cases;
using InspectionSuite.Inbox;
using InspectionSuite.Organization;
using InspectionSuite.Web.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;
using Shouldly;
using Xunit;

namespace InspectionSuite.Web.Tests.Browser;

/// <summary>
/// The inbox's unit search in the browser (issue 19, the Inbox page's weight): the user types part of a unit's name, picks
/// the unit from the results with the keyboard, sees the inbox of that unit, and removes the filter.
/// </summary>
public sealed class InboxUnitSearchJourneyTests(BrowserFixture fixture) : IClassFixture<BrowserFixture>
{
    [BrowserFact]
    public async Task Should_find_a_unit_outside_the_list_by_typing_part_of_its_name_pick_it_and_remove_the_filter()
    {
        // One unit listed, so the unit searched for is outside the list (this class's own host).
        var options = fixture.Host.App.Services.GetRequiredService<InboxOptions>();
        options.TopUnits = 1;
        try
        {
            var api = new CaseJourneyApi(fixture.Host.BaseAddress);
            using var inspector = await api.ClientAsync("inspector");
            using var admin = await api.ClientAsync("admin");
            var all = (await inspector.GetFromJsonAsync<InboxPageDto>("/api/inbox?take=200", Cases.CaseWebHost.Json))!;
            var unitOfCase = new Dictionary<Guid, Guid>();
            foreach (var id in all.Items.Select(i => i.CaseId).Distinct())
                unitOfCase[id] = (await inspector.GetFromJsonAsync<CaseDto>($"/api/cases/{id}", Cases.CaseWebHost.Json))!.UnitId;
            var counts = all.Items.GroupBy(i => unitOfCase[i.CaseId]).ToDictionary(g => g.Key, g => g.Count());
            var target = counts.Keys.First(id => all.Units.All(u => u.Value != id.ToString()));
            var unit = (await admin.GetFromJsonAsync<UnitDto>($"/api/units/{target}", Cases.CaseWebHost.Json))!;
            var typed = unit.Name.Length > 8 ? unit.Name.Substring(unit.Name.Length - 8) : unit.Name;

            var page = await fixture.SignedInPageAsync("inspector");
            await page.GotoAsync("/Inbox");
            (await page.Locator("#f-unit option[data-count]").CountAsync()).ShouldBe(1, "only the top unit is listed");
            await page.GetByLabel(LocalizationTexts.Vi["Inbox.UnitSearch"]).PressSequentiallyAsync(typed);
            // The answer to the whole text, not an earlier one to part of it (typing can outlast the script's 200 ms pause).
            var result = page.Locator($"#unit-results[data-search='{typed.Trim()}'] a.unit-result[data-unit-id='{target}']");
            await result.WaitForAsync();
            (await result.InnerTextAsync()).ShouldBe($"{unit.Name} ({counts[target]})");
            await BrowserFixture.ScreenshotAsync(page, "inbox-unit-search");

            // Keyboard: down from the field into the results, to the unit, Enter.
            await page.Keyboard.PressAsync("ArrowDown");
            var links = page.Locator("#unit-results a.unit-result");
            for (var i = 0; i < await links.CountAsync() && await page.EvaluateAsync<string?>("document.activeElement.getAttribute('data-unit-id')") != target.ToString(); i++)
                await page.Keyboard.PressAsync("ArrowDown");
            (await page.EvaluateAsync<string?>("document.activeElement.getAttribute('data-unit-id')")).ShouldBe(target.ToString());
            await page.Keyboard.PressAsync("Enter");
            // A locator wait polls across the navigation (WaitForURL can miss a load that has already happened; BrowserFixture.SignInAsync).
            await page.Locator("#unit-chosen").WaitForAsync();
            page.Url.ShouldContain($"unitId={target}");
            (await page.Locator("#inbox-total").InnerTextAsync()).ShouldBe(counts[target].ToString());
            (await page.Locator("#inbox-table tbody tr").CountAsync()).ShouldBe(Math.Min(counts[target], InspectionSuite.Web.Pages.InboxModel.PageSize));
            (await page.Locator("#unit-chosen").InnerTextAsync()).ShouldContain(unit.Name);
            (await page.Locator("#f-unit").InputValueAsync()).ShouldBe(target.ToString(), "the chosen unit stays in the list");

            await page.Locator("#unit-remove").ClickAsync();
            await page.Locator("#unit-chosen").WaitForAsync(new() { State = Microsoft.Playwright.WaitForSelectorState.Detached });
            page.Url.ShouldNotContain("unitId=");
            (await page.Locator("#inbox-total").InnerTextAsync()).ShouldBe(all.TotalCount.ToString());
        }
        finally
        {
            options.TopUnits = new InboxOptions().TopUnits;
        }
    }
}
