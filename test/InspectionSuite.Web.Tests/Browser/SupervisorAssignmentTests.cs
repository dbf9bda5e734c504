using InspectionSuite.Web.Tests.Infrastructure;
using Microsoft.Playwright;
using Shouldly;
using Xunit;

namespace InspectionSuite.Web.Tests.Browser;

public sealed class SupervisorAssignmentTests(BrowserFixture fixture) : IClassFixture<BrowserFixture>
{
    [BrowserFact]
    public async Task Should_appoint_a_team_seeing_each_inspectors_load()
    {
        var page = await fixture.SignedInPageAsync("supervisor");
        await page.GotoAsync("/Supervision/Assign?state=Planned");
        // The planned demo inspection has no team yet.
        await page.Locator("#case-picker a").First.ClickAsync();
        await page.Locator("#team-form").WaitForAsync();
        (await page.Locator("#current-team").InnerTextAsync()).ShouldContain("chưa có");
        (await page.Locator("#case-tasks").InnerTextAsync()).ShouldContain("Ban hành quyết định"); // thanh-tra v4: the supervisor prepares; the task of issuing the decision is the người ra quyết định's (Leadership)
        var loadRow = page.Locator("#inspector-load tr[data-inspector='inspector']");
        int.Parse(await loadRow.Locator("td").First.InnerTextAsync()).ShouldBeGreaterThanOrEqualTo(3); // on the demo cases
        await BrowserFixture.ScreenshotAsync(page, "supervisor-assign");

        await page.GetByLabel("Chọn Lê Văn Kiểm làm trưởng đoàn").CheckAsync();
        await page.GetByLabel("Chọn Trần Thị Thanh Tra làm thành viên").CheckAsync();
        page.Dialog += (_, dialog) => dialog.AcceptAsync();
        await page.Locator("#team-submit").ClickAsync();
        await page.TextWhenShownAsync(".alert-success");
        (await page.Locator("#current-team").InnerTextAsync()).ShouldContain("Lê Văn Kiểm (Trưởng đoàn)");
        (await page.Locator("#current-team").InnerTextAsync()).ShouldContain("Trần Thị Thanh Tra");
        await BrowserFixture.ScreenshotAsync(page, "supervisor-assign-saved");
    }

    [BrowserFact]
    public async Task Should_show_the_overdue_board_and_the_assignment_page_at_phone_width()
    {
        var page = await fixture.SignedInPageAsync("supervisor", width: 390, height: 844);
        await page.GotoAsync("/Supervision/Overdue");
        (await page.Locator("#overdue-table").IsVisibleAsync()).ShouldBeTrue();
        await BrowserFixture.ScreenshotAsync(page, "supervisor-overdue");
        await page.GotoAsync("/Supervision/Assign");
        (await page.EvaluateAsync<bool>("() => document.documentElement.scrollWidth > window.innerWidth + 1")).ShouldBeFalse();
        await BrowserFixture.ScreenshotAsync(page, "phone-supervisor-assign");
    }
}
