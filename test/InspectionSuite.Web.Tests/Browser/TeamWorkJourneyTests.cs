using InspectionSuite.Cases;
using InspectionSuite.Web.Tests.Infrastructure;
using Shouldly;
using Xunit;

namespace InspectionSuite.Web.Tests.Browser;

/// <summary>Two team members in two browser contexts on one case (issue 18): the second one's diary and findings go through after the first one's writes.</summary>
public sealed class TeamWorkJourneyTests(BrowserFixture fixture) : IClassFixture<BrowserFixture>
{
    [BrowserFact]
    public async Task Should_let_two_members_write_to_one_open_case_and_bring_a_same_item_conflict_back_with_what_was_typed()
    {
        var c = await new CaseJourneyApi(fixture.Host.BaseAddress).CaseOnSiteAsync("P03", "Kiểm tra hai người cùng làm");
        var first = await fixture.SignedInPageAsync("inspector");
        var second = await fixture.SignedInPageAsync("inspector2");
        await first.GotoAsync($"/Cases/Detail/{c.Id}");
        if (await first.Locator("#add-catalogue").CountAsync() > 0) await first.Locator("#add-catalogue").ClickAsync(); // a check starts with the plan's criteria
        await first.Locator(".checklist-item").First.WaitForAsync();
        await second.GotoAsync($"/Cases/Detail/{c.Id}"); // inspector2 opens the case…

        // …inspector records a finding meanwhile…
        await first.Locator("#findings details summary").ClickAsync();
        await first.Locator("#Finding_Description").FillAsync("Chi sai định mức công tác phí");
        await first.Locator("#finding-submit").ClickAsync();
        await first.Locator(".finding .finding-text", new() { HasText = "Chi sai định mức công tác phí" }).WaitForAsync();

        // …then inspector2, on the page opened before, writes a diary entry: accepted, no conflict page, and the page now shows the finding.
        await second.Locator("#Diary_Text").FillAsync("Làm việc với phòng kế toán");
        await second.Locator("#diary-submit").ClickAsync();
        await second.Locator("#diary-list", new() { HasText = "Làm việc với phòng kế toán" }).WaitForAsync();
        await second.WaitForParsedAsync(); // the rest of the page may still be arriving: counted below
        (await second.Locator("#conflict").CountAsync()).ShouldBe(0);
        (await second.Locator(".finding .finding-text", new() { HasText = "Chi sai định mức công tác phí" }).CountAsync()).ShouldBe(1);

        // Both record a result on the same checklist item: inspector first…
        var item = first.Locator(".checklist-item").First;
        var code = await item.GetAttributeAsync("data-code");
        await item.Locator("select[name=result]").SelectOptionAsync("Met");
        await item.Locator("input[name=measured]").FillAsync("97%");
        await item.Locator("button[type=submit]").ClickAsync();
        await first.Locator($".checklist-item[data-code='{code}'][data-result='Met']").WaitForAsync();

        // …then inspector2 from the page read before it: the form comes back with what was typed, what is recorded now,
        // and a button that applies theirs.
        var stale = second.Locator($".checklist-item[data-code='{code}']");
        await stale.Locator("select[name=result]").SelectOptionAsync("NotMet");
        await stale.Locator("input[name=measured]").FillAsync("40%");
        await stale.Locator("button[type=submit]").ClickAsync();
        await second.Locator("#conflict").WaitForAsync();
        var back = second.Locator($".checklist-item[data-code='{code}']");
        (await back.Locator("input[name=measured]").InputValueAsync()).ShouldBe("40%");
        (await back.Locator(".conflict-current").InnerTextAsync()).ShouldContain("97%");
        await BrowserFixture.ScreenshotAsync(second, "team-work-conflict");
        await back.Locator("button[type=submit]").ClickAsync();
        await second.Locator($".checklist-item[data-code='{code}'][data-result='NotMet']").WaitForAsync();
    }
}
