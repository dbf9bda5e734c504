using InspectionSuite.Web.Tests.Infrastructure;
using Microsoft.Playwright;
using Shouldly;
using Xunit;

namespace InspectionSuite.Web.Tests.Browser;

public sealed class AdminOversightTests(BrowserFixture fixture) : IClassFixture<BrowserFixture>
{
    [BrowserFact]
    public async Task Should_draw_a_workflow_definition_and_show_its_validation_result()
    {
        var page = await fixture.SignedInPageAsync("admin");
        await page.GotoAsync("/Admin/Workflows");
        (await page.Locator("#definitions-table tbody tr").CountAsync()).ShouldBeGreaterThanOrEqualTo(2);
        (await page.Locator("#validation-result").InnerTextAsync()).ShouldContain("hợp lệ");
        await page.Locator("#workflow-diagram svg").WaitForAsync(); // Mermaid rendered under the CSP
        await BrowserFixture.ScreenshotAsync(page, "admin-workflows");
    }

    [BrowserFact]
    public async Task Should_create_a_user_and_lock_it()
    {
        var page = await fixture.SignedInPageAsync("admin");
        await page.GotoAsync("/Admin/Users");
        await page.GetByLabel("Tên đăng nhập", new() { Exact = true }).FillAsync("lanh.dao.2");
        await page.GetByLabel("Họ và tên", new() { Exact = true }).FillAsync("Hồ Thị Lãnh Đạo");
        await page.GetByLabel("Mật khẩu ban đầu").FillAsync("Str0ng!Pass");
        await page.Locator("#Input_Role").SelectOptionAsync("Leadership");
        await page.Locator("#create-user-submit").ClickAsync();
        await page.TextWhenShownAsync(".alert-success");
        (await page.Locator("#users-table").InnerTextAsync()).ShouldContain("Hồ Thị Lãnh Đạo");
        page.Dialog += (_, dialog) => dialog.AcceptAsync();
        await page.Locator("[data-testid='lock-lanh.dao.2']").ClickAsync();
        await page.Locator("tr[data-user='lanh.dao.2'] td.user-status .badge.text-bg-danger").WaitForAsync();
        await BrowserFixture.ScreenshotAsync(page, "admin-users");
        await page.GotoAsync("/Admin/UnitSuccession");
        await BrowserFixture.ScreenshotAsync(page, "admin-unit-succession");
    }
}
