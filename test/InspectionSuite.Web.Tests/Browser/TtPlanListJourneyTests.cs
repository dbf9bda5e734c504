using InspectionSuite.Web.Tests.Infrastructure;
using Microsoft.Playwright;
using Shouldly;
using Xunit;

namespace InspectionSuite.Web.Tests.Browser;

/// <summary>Issue 14: a supervisor builds Thanh tra tỉnh's annual plan as a list of two inspections and approves it; the cases appear.</summary>
public sealed class TtPlanListJourneyTests(BrowserFixture fixture) : IClassFixture<BrowserFixture>
{
    [BrowserFact]
    public async Task Should_let_a_supervisor_list_two_inspections_approve_the_plan_and_open_their_cases()
    {
        var page = await fixture.SignedInPageAsync("supervisor");
        await page.GotoAsync("/");
        await NavMenu.ClickAsync(page, "Kế hoạch năm");
        await page.WaitForPageAsync("**/Planning");
        await page.Locator("#new-authority").SelectOptionAsync("ThanhTra");
        await page.Locator("#new-year").FillAsync("2047");
        await page.Locator("#create-plan").ClickAsync();
        await page.WaitForPageAsync("**/Planning/Plan/**");
        await page.Locator("#plan-list-empty").WaitForAsync();
        await page.WaitForParsedAsync(); // the rest of the page may still be arriving: counted below
        (await page.Locator("#draw-submit").CountAsync()).ShouldBe(0); // no draw on Thanh tra tỉnh's plan

        async Task AddAsync(string unit, string subject, string basis, string origin, string? month, string? quarter)
        {
            await page.Locator("#list-unit").FillAsync(unit);
            await page.Locator("#list-subject").FillAsync(subject);
            await page.Locator("#list-basis").FillAsync(basis);
            await page.Locator("#list-origin").SelectOptionAsync(origin);
            if (month is not null) await page.Locator("#list-month").SelectOptionAsync(month);
            if (quarter is not null) await page.Locator("#list-quarter").SelectOptionAsync(quarter);
            await page.Locator("#list-submit").ClickAsync();
            await page.Locator($"#list-table tr[data-unit='{unit}']").WaitForAsync();
        }

        await AddAsync("SO-TC", "Thanh tra công tác quản lý ngân sách", "Định hướng chương trình thanh tra năm 2047", "Planned", null, "2");
        await AddAsync("X011", "Thanh tra trách nhiệm người đứng đầu trong tiếp công dân", "Đơn phản ánh của công dân", "AdHoc", "9", null);
        (await page.Locator("#list-table tbody tr").CountAsync()).ShouldBe(2);
        (await page.Locator("#list-table tr[data-unit='X011']").GetAttributeAsync("data-origin")).ShouldBe("AdHoc");
        (await page.Locator("#list-table tr[data-unit='SO-TC'] [data-period]").InnerTextAsync()).ShouldBe("Quý 2");

        page.Dialog += (_, dialog) => dialog.AcceptAsync(); // the approval confirmation
        await page.Locator("#approve-submit").ClickAsync();
        await page.Locator("#plan-status", new() { HasText = "Đã phê duyệt" }).WaitForAsync();
        await page.WaitForParsedAsync(); // the rest of the page may still be arriving: counted below
        (await page.Locator(".plan-case-link").CountAsync()).ShouldBe(2);
        await BrowserFixture.ScreenshotAsync(page, "supervisor-thanh-tra-plan-list");

        // Approval opened one case per listed inspection.
        await page.Locator("#list-table tr[data-unit='SO-TC'] .plan-case-link").ClickAsync();
        await page.WaitForPageAsync("**/Cases/Detail/**");
        (await page.ContentAsync()).ShouldContain("Thanh tra công tác quản lý ngân sách");
    }
}
