using InspectionSuite.Cases;
using InspectionSuite.Web.Tests.Infrastructure;
using Microsoft.Playwright;
using Shouldly;
using Xunit;

namespace InspectionSuite.Web.Tests.Browser;

public sealed class InspectorJourneyTests(BrowserFixture fixture) : IClassFixture<BrowserFixture>
{
    [BrowserFact]
    public async Task Should_work_a_case_from_the_inbox_to_the_next_stage()
    {
        var page = await fixture.SignedInPageAsync("inspector");
        page.Dialog += (_, dialog) => dialog.AcceptAsync(); // confirmations (data-confirm)
        await page.GotoAsync("/");
        await page.Locator("#home-inbox").ClickAsync();
        await page.WaitForPageAsync("**/Inbox");
        await BrowserFixture.ScreenshotAsync(page, "inspector-inbox");

        // The visit task of the demo check (noi-vu.check v2; the case is found through the inbox, not by id).
        await page.Locator("tr[data-task='RunVisit'] a.case-link").First.ClickAsync();
        await page.WaitForPageAsync("**/Cases/Detail/**");
        (await page.Locator("#case-state").GetAttributeAsync("data-state")).ShouldBe(CaseStates.OnSite);
        // The drawing is a disclosure: Mermaid (3.5 MB of script) is loaded when it is opened, not with every case page.
        (await page.EvaluateAsync<bool>("() => 'mermaid' in window")).ShouldBeFalse("Mermaid loaded before the diagram was opened");
        await page.Locator("#case-diagram-drawing > summary").ClickAsync();
        await page.Locator("#case-diagram svg").WaitForAsync(); // Mermaid rendered from workflow-diagram.js
        await BrowserFixture.ScreenshotAsync(page, "inspector-case");

        // Checklist: one criterion met, one not met (which proposes a finding).
        var first = page.Locator(".checklist-item").Nth(0);
        var code1 = await first.GetAttributeAsync("data-code");
        await first.Locator("select[name=result]").SelectOptionAsync("Met");
        await first.Locator("input[name=measured]").FillAsync("12%");
        await first.Locator("button[type=submit]").ClickAsync();
        await page.Locator($".checklist-item[data-code='{code1}'][data-result='Met']").WaitForAsync();
        // The page came back after the post with the diagram open and drawn: the reader's choice is remembered. Closed again
        // (remembered too), the journey's other page loads do not draw it.
        await page.Locator("#case-diagram svg").WaitForAsync();
        await page.Locator("#case-diagram-drawing > summary").ClickAsync();
        var second = page.Locator(".checklist-item").Nth(1);
        var code2 = await second.GetAttributeAsync("data-code");
        await second.Locator("select[name=result]").SelectOptionAsync("NotMet");
        await second.Locator("input[name=measured]").FillAsync("40%");
        await second.Locator("input[name=note]").FillAsync("Chưa đạt chỉ tiêu");
        await second.Locator("button[type=submit]").ClickAsync();
        await page.Locator($".checklist-item[data-code='{code2}'][data-result='NotMet']").WaitForAsync();
        await page.WaitForParsedAsync(); // the rest of the page may still be arriving: counted below
        (await page.Locator(".finding[data-status='Proposed']").CountAsync()).ShouldBeGreaterThan(0);

        // Evidence: two files in one upload, with the progress bar (XMLHttpRequest).
        var dir = Path.Combine(fixture.Host.DataDirectory, "uploads");
        Directory.CreateDirectory(dir);
        var f1 = Path.Combine(dir, "bien-ban-lam-viec.txt");
        var f2 = Path.Combine(dir, "bang-so-lieu.csv");
        await File.WriteAllTextAsync(f1, "Biên bản làm việc với đơn vị");
        await File.WriteAllTextAsync(f2, "chi_tieu,gia_tri\nhop_truc_tuyen,40\n");
        await page.Locator("#files").SetInputFilesAsync([f1, f2]);
        await page.Locator("#description").FillAsync("Tài liệu thu thập tại đơn vị");
        await page.Locator("#upload-submit").ClickAsync();
        await page.Locator("#evidence-table a.evidence-link", new() { HasText = "bang-so-lieu.csv" }).WaitForAsync();
        (await page.Locator("#evidence-table").InnerTextAsync()).ShouldContain("bien-ban-lam-viec.txt");
        var download = await page.RunAndWaitForDownloadAsync(() => page.Locator("a.evidence-link", new() { HasText = "bien-ban-lam-viec.txt" }).ClickAsync());
        download.SuggestedFilename.ShouldBe("bien-ban-lam-viec.txt");

        // Confirm the proposed finding, then record one of our own.
        await page.Locator(".finding[data-status='Proposed'] .confirm-form button.btn-success").First.ClickAsync();
        await page.Locator(".finding[data-status='Confirmed']").First.WaitForAsync();
        await page.Locator("#findings details summary").ClickAsync();
        await page.Locator("#Finding_Description").FillAsync("Chưa ban hành kế hoạch triển khai đúng hạn");
        await page.Locator("#Finding_Severity").SelectOptionAsync("Serious");
        await page.Locator("#finding-submit").ClickAsync();
        await page.Locator(".finding .finding-text", new() { HasText = "Chưa ban hành kế hoạch triển khai đúng hạn" }).WaitForAsync();

        // The diary, then the biên bản kiểm tra, which the end of the visit needs (noi-vu.check v2, CheckMinutesRecorded).
        await page.Locator("#Diary_Text").FillAsync("Làm việc với lãnh đạo đơn vị");
        await page.Locator("#diary-submit").ClickAsync();
        await page.Locator("#diary-list", new() { HasText = "Làm việc với lãnh đạo đơn vị" }).WaitForAsync();
        await page.Locator("#Minutes_Title").FillAsync("Biên bản kiểm tra");
        await page.Locator("#Minutes_Content").FillAsync("Kết quả kiểm tra từng tiêu chí tại đơn vị");
        await page.Locator("#minutes-submit").ClickAsync();
        await page.Locator(".minutes-entry", new() { HasText = "Biên bản kiểm tra" }).WaitForAsync();
        await page.Locator("form[data-trigger='EndOnSite'] button").WaitForAsync();
        await BrowserFixture.ScreenshotAsync(page, "inspector-case-worked");

        await page.Locator("form[data-trigger='EndOnSite'] button").ClickAsync();
        await page.Locator("#case-state[data-state='Concluding']").WaitForAsync();
        await page.WaitForParsedAsync(); // the state is at the top of the page: the timeline below may still be arriving
        (await page.Locator(".timeline-entry").First.GetAttributeAsync("data-trigger")).ShouldBe(CaseTriggers.EndOnSite); // the EndVisit transition's trigger
        await BrowserFixture.ScreenshotAsync(page, "inspector-case-reporting");
    }

    [BrowserFact]
    public async Task Should_show_refused_triggers_with_their_reason_and_list_cases_with_filters()
    {
        var page = await fixture.SignedInPageAsync("inspector");
        await page.GotoAsync("/Cases?state=Reporting");
        await BrowserFixture.ScreenshotAsync(page, "inspector-cases");
        await page.Locator("#cases-table a.case-link").First.ClickAsync();
        await page.WaitForPageAsync("**/Cases/Detail/**");
        // Reporting without a results report: the submit trigger is shown disabled with the guard's reason.
        var refused = page.Locator(".trigger-refused[data-trigger='SubmitResultsReport']");
        (await refused.Locator("button").IsDisabledAsync()).ShouldBeTrue();
        (await refused.Locator(".refusal").InnerTextAsync()).ShouldContain("Chưa có báo cáo kết quả");
        await BrowserFixture.ScreenshotAsync(page, "inspector-case-refused-trigger");
    }

    [BrowserFact]
    public async Task Should_use_the_inbox_and_a_case_at_phone_width()
    {
        var page = await fixture.SignedInPageAsync("inspector", width: 390, height: 844);
        await page.GotoAsync("/Inbox");
        await BrowserFixture.ScreenshotAsync(page, "phone-inspector-inbox");
        await page.Locator("#inbox-table a.case-link").First.ClickAsync();
        await page.WaitForPageAsync("**/Cases/Detail/**");
        await page.Locator("#case-diagram-drawing > summary").ClickAsync(); // the page's widest part, drawn
        await page.Locator("#case-diagram svg").WaitForAsync();
        (await page.EvaluateAsync<int>("document.documentElement.scrollWidth")).ShouldBeLessThanOrEqualTo(390 + 1);
        await BrowserFixture.ScreenshotAsync(page, "phone-inspector-case");
    }
}
