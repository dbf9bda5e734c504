using InspectionSuite.Web.Tests.Infrastructure;
using Shouldly;
using Xunit;

namespace InspectionSuite.Web.Tests.Browser;

/// <summary>Issue 18: the users page fits a 390 px phone — the per-user forms fold into "Sửa tài khoản".</summary>
public sealed class AdminUsersPhoneTests(BrowserFixture fixture) : IClassFixture<BrowserFixture>
{
    private const string Overflow = """
        () => ({
            page: document.documentElement.scrollWidth - window.innerWidth,
            table: (() => { const w = document.querySelector('#users-table').parentElement; return w.scrollWidth - w.clientWidth; })()
        })
        """;

    [BrowserFact]
    public async Task Should_show_the_users_page_at_390_px_without_sideways_scrolling_with_an_account_opened()
    {
        var page = await fixture.SignedInPageAsync("admin", width: 390, height: 844);
        await page.GotoAsync("/Admin/Users");
        (await page.Locator("#users-table tbody tr").CountAsync()).ShouldBeGreaterThan(3);
        var closed = await page.EvaluateAsync<System.Text.Json.JsonElement>(Overflow);
        closed.GetProperty("page").GetInt32().ShouldBeLessThanOrEqualTo(0);
        closed.GetProperty("table").GetInt32().ShouldBeLessThanOrEqualTo(0);

        await page.Locator("[data-testid='more-inspector'] summary").ClickAsync();
        await page.Locator("#users-table [data-testid='email-inspector']").WaitForAsync();
        var opened = await page.EvaluateAsync<System.Text.Json.JsonElement>(Overflow);
        opened.GetProperty("page").GetInt32().ShouldBeLessThanOrEqualTo(0);
        opened.GetProperty("table").GetInt32().ShouldBeLessThanOrEqualTo(0);
        await BrowserFixture.ScreenshotAsync(page, "admin-users-390");

        // The folded e-mail form still works at this width.
        var email = page.Locator("[data-testid='more-inspector'] input[type=email]");
        await email.FillAsync("thanh.tra.vien@quangngai.gov.vn");
        await page.Locator("[data-testid='email-inspector']").ClickAsync();
        (await page.TextWhenShownAsync(".alert-success")).ShouldContain("thanh.tra.vien@quangngai.gov.vn");
    }
}
