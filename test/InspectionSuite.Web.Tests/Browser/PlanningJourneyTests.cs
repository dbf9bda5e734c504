using InspectionSuite.Web.Tests.Infrastructure;
using Microsoft.Playwright;
using Shouldly;
using Xunit;

namespace InspectionSuite.Web.Tests.Browser;

public sealed class PlanningJourneyTests(BrowserFixture fixture) : IClassFixture<BrowserFixture>
{
    [BrowserFact]
    public async Task Should_let_a_supervisor_run_the_draw_read_a_reason_and_approve_the_plan()
    {
        var page = await fixture.SignedInPageAsync("supervisor");
        await page.GotoAsync("/");
        await NavMenu.ClickAsync(page, "Kế hoạch năm");
        await page.WaitForPageAsync("**/Planning");
        await page.Locator("#new-year").FillAsync("2032");
        await page.Locator("#create-plan").ClickAsync();
        await page.WaitForPageAsync("**/Planning/Plan/**");
        (await page.Locator("#plan-status").InnerTextAsync()).ShouldBe("Dự thảo");

        // A risk score for one unit, set before the draw.
        await page.Locator("#risk-unit").FillAsync("X011");
        await page.Locator("#risk-score").FillAsync("90");
        await page.Locator("#risk-submit").ClickAsync();
        await page.Locator("#risk-table tr[data-unit='X011'] [data-risk='90']").WaitForAsync();

        await page.Locator("#seed").FillAsync("QN-NOIVU-2032");
        await page.Locator("#draw-submit").ClickAsync();
        await page.Locator("#plan-seed", new() { HasText = "QN-NOIVU-2032" }).WaitForAsync();
        await page.WaitForParsedAsync(); // the seed is above the table: the rows may still be arriving
        (await page.Locator("#items-table tbody tr").CountAsync()).ShouldBe(25);

        // Filter to the random part of the draw and read one unit's reason and detail.
        await page.Locator("#stratum").SelectOptionAsync("Local");
        await page.Locator("#reason").SelectOptionAsync("RiskDraw");
        await page.Locator("#filter-submit").ClickAsync();
        await page.WaitForPageAsync("**reason=RiskDraw**");
        var row = page.Locator("#items-table tbody tr").First;
        (await row.Locator("[data-reason]").GetAttributeAsync("data-reason")).ShouldBe("RiskDraw");
        (await row.Locator("[data-reason]").InnerTextAsync()).ShouldBe("Bốc chọn theo mức rủi ro");
        // Issue 18: the detail is a Vietnamese sentence written from the draw's facts (it was the engine's English sentence).
        (await row.Locator("td").Nth(5).InnerTextAsync()).ShouldStartWith("bốc chọn theo mức rủi ro (điểm rủi ro ");
        int.Parse(await row.Locator("[data-risk]").InnerTextAsync()).ShouldBeInRange(0, 100);
        (await page.Locator("#items-table tbody tr").CountAsync()).ShouldBe(20);

        page.Dialog += (_, dialog) => dialog.AcceptAsync(); // the approval confirmation
        await page.Locator("#approve-submit").ClickAsync();
        await page.Locator("#plan-status", new() { HasText = "Đã phê duyệt" }).WaitForAsync();
        (await page.Locator("#coverage [data-coverage='Local']").InnerTextAsync()).ShouldContain("0/96");
        await BrowserFixture.ScreenshotAsync(page, "supervisor-annual-plan");

        // Approval opened the planned cases; the case list names their plan.
        await page.GotoAsync("/Cases");
        (await page.Locator(".case-plan", new() { HasText = "2032" }).CountAsync()).ShouldBeGreaterThan(0);
    }
}
