using DocumentFormat.OpenXml.Packaging;
using InspectionSuite.Web.Tests.Infrastructure;
using Microsoft.Playwright;
using Shouldly;
using Xunit;

namespace InspectionSuite.Web.Tests.Browser;

/// <summary>
/// Issue 15 "Proof", in the browser: the unit representative submits the unit's plan and a quarterly report; Sở Nội vụ
/// returns it with a reason; the unit sees the reason and resubmits; the dashboard counts it and Sở Nội vụ's report
/// carries the plan's implementation in every unit.
/// </summary>
public sealed class MonitoringJourneyTests(BrowserFixture fixture) : IClassFixture<BrowserFixture>
{
    private const string Period = "2026-Q3";

    [BrowserFact]
    public async Task Should_submit_return_resubmit_and_show_the_figures_on_the_dashboard_and_the_report()
    {
        var supervisor = await fixture.SignedInPageAsync("supervisor");
        var acceptDialogs = true;
        string? lastDialog = null;
        supervisor.Dialog += (_, dialog) =>
        {
            lastDialog = dialog.Message;
            _ = acceptDialogs ? dialog.AcceptAsync() : dialog.DismissAsync();
        };
        await supervisor.GotoAsync($"/Monitoring?year=2026&period={Period}");
        var reportedBefore = int.Parse(await supervisor.Locator("#count-reported").InnerTextAsync());
        (await supervisor.Locator("#standings-table tr[data-unit='P01']").GetAttributeAsync("data-standing")).ShouldNotBe("Late");

        var unit = await fixture.SignedInPageAsync("unitrep");
        await unit.GotoAsync("/");
        await unit.Locator("nav a[href='/Monitoring/MyUnit']").First.WaitForAsync(new() { State = WaitForSelectorState.Attached });
        await unit.GotoAsync($"/Monitoring/MyUnit?period={Period}");
        await unit.Locator("#plan-issued").FillAsync("2026-05-04");
        var planFile = Path.Combine(fixture.Host.DataDirectory, "ke-hoach-trien-khai.txt");
        await File.WriteAllTextAsync(planFile, "Kế hoạch triển khai Kế hoạch 534 của Phường");
        await unit.Locator("#plan-file").SetInputFilesAsync(planFile);
        await unit.Locator("#plan-submit").ClickAsync();
        await unit.Locator("#mon-success").WaitForAsync();
        (await unit.Locator("#plan-standing").InnerTextAsync()).ShouldContain("ke-hoach-trien-khai.txt");

        await unit.GotoAsync($"/Monitoring/MyUnit?period={Period}");
        await unit.Locator("#fig-MEETINGS_ONLINE-meetingsOnline").FillAsync("30");
        await unit.Locator("#fig-MEETINGS_ONLINE-meetings").FillAsync("20"); // part greater than whole: refused
        await unit.Locator("#report-submit").ClickAsync();
        (await unit.Locator("#report-error").InnerTextAsync()).ShouldContain("MEETINGS_ONLINE");
        await unit.Locator("#fig-MEETINGS_ONLINE-meetings").FillAsync("40");
        await unit.Locator("#fig-TTHC_ONLINE-tthcReceivedOnline").FillAsync("95");
        await unit.Locator("#fig-TTHC_ONLINE-tthcReceived").FillAsync("100");
        await unit.Locator("#report-submit").ClickAsync();
        await unit.Locator("#mon-success").WaitForAsync();
        await BrowserFixture.ScreenshotAsync(unit, "monitoring-unit-submitted");

        await supervisor.GotoAsync($"/Monitoring?year=2026&period={Period}");
        int.Parse(await supervisor.Locator("#count-reported").InnerTextAsync()).ShouldBe(reportedBefore + 1);
        var row = supervisor.Locator("#standings-table tr[data-unit='P01']");
        var standing = await row.GetAttributeAsync("data-standing");
        // The reason is required: without one the form is not sent (no confirmation asked, nothing changed).
        await row.Locator("button[type=submit]").ClickAsync();
        (await row.Locator("input[name=reason]").EvaluateAsync<bool>("e => e.validity.valueMissing")).ShouldBeTrue();
        lastDialog.ShouldBeNull();
        // Returning asks for confirmation; cancelling it changes nothing.
        acceptDialogs = false;
        await row.Locator("input[name=reason]").FillAsync("Số cuộc họp trực tuyến chưa khớp biên bản");
        await row.Locator("button[type=submit]").ClickAsync();
        for (var i = 0; i < 50 && lastDialog is null; i++) await Task.Delay(100);
        lastDialog.ShouldNotBeNull();
        lastDialog.ShouldContain("Quý 3/2026");
        await supervisor.GotoAsync($"/Monitoring?year=2026&period={Period}");
        (await supervisor.Locator("#standings-table tr[data-unit='P01']").GetAttributeAsync("data-standing")).ShouldBe(standing);
        int.Parse(await supervisor.Locator("#count-reported").InnerTextAsync()).ShouldBe(reportedBefore + 1);
        (await supervisor.Locator("#mon-success").CountAsync()).ShouldBe(0);
        // Confirmed: returned.
        acceptDialogs = true;
        row = supervisor.Locator("#standings-table tr[data-unit='P01']");
        await row.Locator("input[name=reason]").FillAsync("Số cuộc họp trực tuyến chưa khớp biên bản");
        await row.Locator("button[type=submit]").ClickAsync();
        await supervisor.Locator("#mon-success").WaitForAsync();
        int.Parse(await supervisor.Locator("#count-reported").InnerTextAsync()).ShouldBe(reportedBefore);
        (await supervisor.Locator("#standings-table tr[data-unit='P01']").GetAttributeAsync("data-standing")).ShouldBe("Returned");

        await unit.GotoAsync($"/Monitoring/MyUnit?period={Period}");
        (await unit.Locator("#report-returned").InnerTextAsync()).ShouldContain("Số cuộc họp trực tuyến chưa khớp biên bản");
        // The return sets a resubmission due date the unit sees (Monitoring:ResubmitWorkingDays working days after the return).
        (await unit.Locator("#report-resubmit-due").InnerTextAsync()).ShouldStartWith("Hạn gửi lại: ");
        (await unit.Locator("#fig-MEETINGS_ONLINE-meetingsOnline").InputValueAsync()).ShouldBe("30"); // the figures are kept for correction
        await unit.Locator("#fig-MEETINGS_ONLINE-meetingsOnline").FillAsync("24");
        await unit.Locator("#report-submit").ClickAsync();
        await unit.Locator("#mon-success").WaitForAsync();

        await supervisor.GotoAsync($"/Monitoring?year=2026&period={Period}");
        int.Parse(await supervisor.Locator("#count-reported").InnerTextAsync()).ShouldBe(reportedBefore + 1);
        (await supervisor.Locator("#standings-table tr[data-unit='P01']").GetAttributeAsync("data-standing")).ShouldBe("Late"); // due 20/09
        (await supervisor.Locator("#province-table tr[data-indicator='MEETINGS_ONLINE']").InnerTextAsync()).ShouldNotContain("Chưa có số liệu");
        (await supervisor.Locator("#trend-table").InnerTextAsync()).ShouldContain("Quý 3/2026");
        await BrowserFixture.ScreenshotAsync(supervisor, "monitoring-dashboard");

        // Sở Nội vụ's annual report: the draft for UBND tỉnh with the plan in every unit; P01 sent its plan.
        var docx = await supervisor.Context.APIRequest.GetAsync("/api/reports/periodic?authority=NoiVu&year=2026&period=Annual&format=docx");
        docx.Ok.ShouldBeTrue();
        using var doc = WordprocessingDocument.Open(new MemoryStream(await docx.BodyAsync()), false);
        var text = doc.MainDocumentPart!.Document!.Body!.InnerText;
        text.ShouldContain("KẾT QUẢ THỰC HIỆN KẾ HOẠCH TẠI CÁC CƠ QUAN, ĐƠN VỊ, ĐỊA PHƯƠNG");
        text.ShouldContain("ĐỀ XUẤT, KIẾN NGHỊ");
        text.ShouldContain("Bộ Nội vụ");
    }
}
