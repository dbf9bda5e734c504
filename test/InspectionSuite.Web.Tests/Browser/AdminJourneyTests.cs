using InspectionSuite.Permissions;
using InspectionSuite.Web.Tests.Infrastructure;
using Microsoft.Playwright;
using Shouldly;
using Xunit;

namespace InspectionSuite.Web.Tests.Browser;

public sealed class AdminJourneyTests(BrowserFixture fixture) : IClassFixture<BrowserFixture>
{
    [BrowserFact]
    public async Task Should_import_a_unit_csv_with_an_error_and_show_the_line_number()
    {
        var page = await fixture.SignedInPageAsync("admin");
        await page.GotoAsync("/Admin/Units");
        (await page.Locator("#units-table tbody tr").CountAsync()).ShouldBe(25); // first page of 111
        await BrowserFixture.ScreenshotAsync(page, "admin-units");

        var csv = Path.Combine(fixture.Host.DataDirectory, "bad-units.csv");
        await File.WriteAllTextAsync(csv, "code,name,kind\nOK-1,Xã Tốt,Commune\nBAD-2,Xã Lỗi,Village\n");
        await page.Locator("#csv").SetInputFilesAsync(csv);
        page.Dialog += (_, dialog) => dialog.AcceptAsync(); // the confirmation before replacing the register
        await page.Locator("#import-submit").ClickAsync();

        var errors = page.Locator("#import-errors");
        await errors.WaitForAsync();
        (await errors.InnerTextAsync()).ShouldContain("Dòng 3");
        (await errors.InnerTextAsync()).ShouldContain("Village");
        await BrowserFixture.ScreenshotAsync(page, "admin-units-import-error");

        await page.GotoAsync("/Admin/Units?q=OK-1");
        (await page.Locator("#units-table tbody tr").CountAsync()).ShouldBe(0); // nothing imported
    }

    [BrowserFact]
    public async Task Should_grant_a_permission_to_a_role()
    {
        var page = await fixture.SignedInPageAsync("admin");
        await page.GotoAsync("/Admin/Permissions");
        var button = page.Locator($"[data-testid='Inspector|{InspectionSuitePermissions.Planning.Draw}']");
        (await button.GetAttributeAsync("aria-pressed")).ShouldBe("false");
        await button.ClickAsync();
        await page.WaitForLoadStateAsync(LoadState.NetworkIdle);
        button = page.Locator($"[data-testid='Inspector|{InspectionSuitePermissions.Planning.Draw}']");
        (await button.GetAttributeAsync("aria-pressed")).ShouldBe("true");
        var message = await page.TextWhenShownAsync(".alert-success");
        message.ShouldContain("“Lập kế hoạch năm (chọn đơn vị)”"); // the permission in words, not its internal name
        message.ShouldNotContain(InspectionSuitePermissions.Planning.Draw);
        await BrowserFixture.ScreenshotAsync(page, "admin-permissions");
    }

    [BrowserFact]
    public async Task Should_verify_the_audit_chain_from_the_audit_log_page()
    {
        var page = await fixture.SignedInPageAsync("admin");
        await page.GotoAsync("/Admin/AuditLog");
        await page.Locator("#verify-button").ClickAsync();
        (await page.Locator("#verify-result").InnerTextAsync()).ShouldContain("toàn vẹn");
        await BrowserFixture.ScreenshotAsync(page, "admin-audit-log");
    }

    [BrowserFact]
    public async Task Should_show_a_usable_menu_at_phone_width()
    {
        var page = await fixture.SignedInPageAsync("supervisor", width: 390, height: 844);
        await page.GotoAsync("/");
        await NavMenu.ClickAsync(page, "Danh mục đơn vị");
        await page.WaitForPageAsync("**/Admin/Units");
        await BrowserFixture.ScreenshotAsync(page, "phone-units");
    }
}
