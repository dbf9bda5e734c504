using InspectionSuite.Web.Tests.Infrastructure;
using Microsoft.Playwright;
using Shouldly;
using Xunit;

namespace InspectionSuite.Web.Tests.Browser;

public sealed class UnitRepresentativeJourneyTests(BrowserFixture fixture) : IClassFixture<BrowserFixture>
{
    [BrowserFact]
    public async Task Should_report_on_a_recommendation_with_an_attachment_from_the_inbox()
    {
        // The demo data has no follow-up case on the representative's unit (P01): one is run there through the API.
        var api = new CaseJourneyApi(fixture.Host.BaseAddress);
        var followUp = await api.CaseInFollowUpAsync("P01");

        var page = await fixture.SignedInPageAsync("unitrep");
        page.Dialog += (_, dialog) => dialog.AcceptAsync();
        await page.GotoAsync("/Inbox");
        await BrowserFixture.ScreenshotAsync(page, "unitrep-inbox");
        await page.Locator($"tr[data-task='ReportImplementation'][data-case-id='{followUp.Id}'] a.case-link").ClickAsync();
        await page.WaitForPageAsync($"**/Cases/Detail/{followUp.Id}**");
        await BrowserFixture.ScreenshotAsync(page, "unitrep-case");

        var sanction = page.Locator(".sanction").Filter(new() { HasText = "Kế toán phường" });
        await sanction.Locator("details summary").ClickAsync();
        await sanction.Locator("input[type=radio][value='PartlyDone']").CheckAsync();
        await sanction.Locator("input[name='Implementation.AmountRecoveredVnd']").FillAsync("5000000");
        await sanction.Locator("input[name='Implementation.Note']").FillAsync("Đã nộp lại một phần vào ngân sách");
        var receipt = Path.Combine(fixture.Host.DataDirectory, "giay-nop-tien.txt");
        await File.WriteAllTextAsync(receipt, "Giấy nộp tiền vào ngân sách nhà nước");
        await sanction.Locator("input[type=file]").SetInputFilesAsync(receipt);
        await sanction.Locator("button[type=submit]").ClickAsync();

        sanction = page.Locator(".sanction").Filter(new() { HasText = "Kế toán phường" });
        await sanction.Locator(".implementation-reports").WaitForAsync();
        (await sanction.Locator(".implementation-reports").InnerTextAsync()).ShouldContain("Thực hiện một phần");
        (await page.Locator("#amount-recovered").InnerTextAsync()).ShouldContain("5.000.000");
        (await page.Locator("#evidence-table").InnerTextAsync()).ShouldContain("giay-nop-tien.txt");
        await BrowserFixture.ScreenshotAsync(page, "unitrep-reported");
    }

    [BrowserFact]
    public async Task Should_answer_a_document_request_with_a_file_from_my_unit()
    {
        // The demo seed leaves one open document request on the representative's unit (P01).
        var page = await fixture.SignedInPageAsync("unitrep");
        page.Dialog += (_, dialog) => dialog.AcceptAsync();
        await page.GotoAsync("/MyUnit");
        await BrowserFixture.ScreenshotAsync(page, "unitrep-my-unit");
        (await page.Locator("nav a[href='/MyUnit']").CountAsync()).ShouldBeGreaterThan(0);
        await page.Locator("#my-unit-table a.request-link").First.ClickAsync();
        await page.WaitForPageAsync("**/Cases/Detail/**");
        (await page.Locator("#case-unit").InnerTextAsync()).ShouldContain("P01");

        var request = page.Locator(".document-request[data-status='Open']").First;
        var title = await request.Locator("h3").InnerTextAsync();
        var list = Path.Combine(fixture.Host.DataDirectory, "danh-sach-cuoc-hop.txt");
        await File.WriteAllTextAsync(list, "Danh sách cuộc họp năm 2026: 42 cuộc, 27 cuộc trực tuyến");
        await request.Locator("input[type=file]").SetInputFilesAsync(list);
        await request.Locator("textarea[name=note]").FillAsync("Đơn vị gửi danh sách cuộc họp theo yêu cầu.");
        await request.Locator("button.answer-submit").ClickAsync();

        var answered = page.Locator(".document-request").Filter(new() { HasText = title });
        await answered.Locator(".request-answers").WaitForAsync();
        (await answered.GetAttributeAsync("data-status")).ShouldBe("Answered");
        (await answered.Locator(".request-status").InnerTextAsync()).ShouldBe("Đơn vị đã trả lời");
        (await answered.Locator(".answer-file").InnerTextAsync()).ShouldContain("danh-sach-cuoc-hop.txt");
        (await answered.Locator(".request-answers").InnerTextAsync()).ShouldContain("Đơn vị gửi danh sách cuộc họp theo yêu cầu.");
        (await answered.Locator("form.answer-form").CountAsync()).ShouldBe(0);
        (await page.Locator("#evidence-table").InnerTextAsync()).ShouldContain("danh-sach-cuoc-hop.txt");
        await BrowserFixture.ScreenshotAsync(page, "unitrep-request-answered");
    }

    [BrowserFact]
    public async Task Should_not_open_another_units_case()
    {
        var api = new CaseJourneyApi(fixture.Host.BaseAddress);
        var other = (await api.AllCasesAsync()).First(c => c.UnitCode != "P01");
        var page = await fixture.SignedInPageAsync("unitrep");
        await page.GotoAsync("/Cases");
        (await page.Locator("#cases-table tbody tr").CountAsync()).ShouldBeGreaterThan(0);
        foreach (var unit in await page.Locator("#cases-table tbody tr").EvaluateAllAsync<string[]>("rows => rows.map(r => r.dataset.unit)"))
            unit.ShouldBe("P01");
        await BrowserFixture.ScreenshotAsync(page, "unitrep-cases");

        var response = await page.GotoAsync($"/Cases/Detail/{other.Id}");
        response!.Status.ShouldBe(404);
        // The not-found business error, localized; nothing of the case is shown.
        (await page.Locator("#business-error").InnerTextAsync()).ShouldNotBeNullOrWhiteSpace();
        (await page.ContentAsync()).ShouldNotContain(other.Code);
        await BrowserFixture.ScreenshotAsync(page, "unitrep-foreign-case-404");

        // Nor its document requests through the API by id.
        var requests = await page.GotoAsync($"/api/cases/{other.Id}/document-requests");
        requests!.Status.ShouldBe(404);
    }
}
