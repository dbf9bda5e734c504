using InspectionSuite.Cases;
using InspectionSuite.Web.Tests.Infrastructure;
using Microsoft.Playwright;
using Shouldly;
using Xunit;

namespace InspectionSuite.Web.Tests.Browser;

/// <summary>
/// One case from Reporting to Closed purely through the workspace forms, each step by its role: the team (results report,
/// draft, dissent), the supervisor outside the team (appraisal, publication with its field-level refusals), the leader
/// (signed conclusion), the anonymous portal showing it, then the team again (sanctions, follow-up, carry-over, closing).
/// </summary>
public sealed class CaseConclusionJourneyTests(BrowserFixture fixture) : IClassFixture<BrowserFixture>
{
    private static string Iso(DateOnly d) => d.ToString("yyyy-MM-dd");

    private static async Task FireAsync(IPage page, string trigger, string expectedState)
    {
        await page.Locator($"form[data-trigger='{trigger}'] button").ClickAsync();
        await page.Locator($"#case-state[data-state='{expectedState}']").WaitForAsync();
        await page.WaitForParsedAsync(); // the state is at the top of the page: what the test reads next may still be arriving
        (await page.Locator(".timeline-entry").First.GetAttributeAsync("data-trigger")).ShouldBe(trigger);
    }

    [BrowserFact]
    public async Task Should_drive_a_case_from_reporting_to_closed_through_the_forms()
    {
        var api = new CaseJourneyApi(fixture.Host.BaseAddress);
        var seeded = await api.CaseInReportingAsync("P01", "Kiểm tra công tác cải cách hành chính (kết luận qua giao diện)");
        var today = DateOnly.FromDateTime(DateTime.UtcNow.AddHours(7));

        var page = await fixture.SignedInPageAsync("inspector");
        var dialogs = new List<string>();
        page.Dialog += (_, dialog) => { dialogs.Add(dialog.Message); _ = dialog.AcceptAsync(); };
        await page.GotoAsync($"/Cases/Detail/{seeded.Id}");
        (await page.Locator("#case-state").GetAttributeAsync("data-state")).ShouldBe(CaseStates.Reporting);

        // Reporting → Concluding.
        await page.Locator("#ResultsReport_Number").FillAsync("5/BC-ĐKT");
        await page.Locator("#ResultsReport_Text").FillAsync("Báo cáo kết quả kiểm tra công tác cải cách hành chính");
        await page.Locator("#results-report-form button[type=submit]").ClickAsync();
        await page.Locator("form[data-trigger='SubmitResultsReport'] button").WaitForAsync();
        await FireAsync(page, CaseTriggers.SubmitResultsReport, CaseStates.Concluding);

        // Concluding: draft, a member's dissent, appraisal, signed conclusion.
        (await page.Locator("#appraisal-form").CountAsync()).ShouldBe(0); // no appraisal before a draft exists
        await page.Locator("#Draft_Text").FillAsync("Dự thảo kết luận kiểm tra");
        await page.Locator("#draft-submit").ClickAsync();
        await page.Locator("#draft-info", new() { HasText = today.ToString("dd/MM/yyyy") }).WaitForAsync();

        await page.Locator("#Dissent_Text").FillAsync("Đề nghị làm rõ thêm số liệu năm 2025");
        await page.Locator("#dissent-submit").ClickAsync();
        await page.Locator("#dissent-list .dissent", new() { HasText = "Đề nghị làm rõ thêm số liệu năm 2025" }).WaitForAsync();

        // The team neither appraises nor signs nor publishes its own draft (issue 14): no such form for the inspector.
        (await page.Locator("#appraisal-form, #conclusion-form, #publication-form").CountAsync()).ShouldBe(0);
        (await page.Locator("form[data-trigger='Publish'] button").CountAsync()).ShouldBe(0);

        // The supervisor (outside the team) appraises the draft.
        var supervisor = await fixture.SignedInPageAsync("supervisor");
        supervisor.Dialog += (_, dialog) => _ = dialog.AcceptAsync(); // steps ask for confirmation (Publish)
        await supervisor.GotoAsync($"/Cases/Detail/{seeded.Id}");
        await supervisor.Locator("#Appraisal_By").FillAsync("Phòng Pháp chế");
        await supervisor.Locator("#Appraisal_Opinion").FillAsync("Thống nhất với dự thảo");
        await supervisor.Locator("#appraisal-submit").ClickAsync();
        await supervisor.Locator("#appraisal-info", new() { HasText = "Phòng Pháp chế" }).WaitForAsync();
        await supervisor.WaitForParsedAsync(); // the rest of the page may still be arriving: counted below
        (await supervisor.Locator("#conclusion-form").CountAsync()).ShouldBe(0); // signing is the decision maker's

        // The leader (người ra quyết định) signs the conclusion.
        var leader = await fixture.SignedInPageAsync("leader");
        leader.Dialog += (_, dialog) => _ = dialog.AcceptAsync();
        await leader.GotoAsync($"/Cases/Detail/{seeded.Id}");
        (await leader.Locator("#appraisal-form").CountAsync()).ShouldBe(0);
        await leader.Locator("#Conclusion_Number").FillAsync("12/KL-SNV");
        await leader.Locator("#Conclusion_Signer").FillAsync("Giám đốc Sở Nội vụ");
        await leader.Locator("#Conclusion_Text").FillAsync("Kết luận kiểm tra công tác cải cách hành chính");
        await leader.Locator("#conclusion-submit").ClickAsync();
        await leader.Locator("#conclusion-info", new() { HasText = "12/KL-SNV" }).WaitForAsync();
        await BrowserFixture.ScreenshotAsync(leader, "case-concluding");

        // Publication (by the supervisor): a missing channel is refused at its field and nothing is recorded.
        await supervisor.ReloadAsync();
        await supervisor.Locator("#Publication_From").FillAsync(Iso(today));
        await supervisor.Locator("#Publication_To").FillAsync(Iso(today.AddDays(13)));
        await supervisor.Locator("#publication-submit").ClickAsync();
        var channelError = supervisor.Locator("[data-valmsg-for='Publication.Channel']");
        await channelError.WaitForAsync();
        (await channelError.InnerTextAsync()).ShouldBe("Trường này là bắt buộc.");
        (await supervisor.Locator("#Publication_To").InputValueAsync()).ShouldBe(Iso(today.AddDays(13))); // what was typed stays
        (await supervisor.Locator("#publication-info").InnerTextAsync()).ShouldBe("Chưa có");
        (await supervisor.Locator("#case-state").GetAttributeAsync("data-state")).ShouldBe(CaseStates.Concluding);

        // 14 days: recorded, but the service's 15-day rule refuses publishing and says so at the end date.
        await supervisor.Locator("#Publication_Channel").FillAsync("Cổng thông tin điện tử tỉnh");
        await supervisor.Locator("#publication-submit").ClickAsync();
        var refusal = supervisor.Locator("#publication-refusal");
        await refusal.WaitForAsync();
        (await refusal.InnerTextAsync()).ShouldBe("Thời gian công khai kết luận phải ít nhất 15 ngày liên tục (hiện có 14 ngày).");
        (await supervisor.Locator(".trigger-refused[data-trigger='Publish'] button").IsDisabledAsync()).ShouldBeTrue();
        await BrowserFixture.ScreenshotAsync(supervisor, "case-publication-too-short");

        await supervisor.Locator("#Publication_To").FillAsync(Iso(today.AddDays(14)));
        await supervisor.Locator("#publication-submit").ClickAsync();
        await supervisor.Locator("form[data-trigger='Publish'] button").WaitForAsync();
        await supervisor.WaitForParsedAsync(); // the rest of the page may still be arriving: counted below
        (await supervisor.Locator("#publication-refusal").CountAsync()).ShouldBe(0);
        await FireAsync(supervisor, CaseTriggers.Publish, CaseStates.Published);

        // The anonymous portal shows the published conclusion, without signing in.
        var anonymous = await (await fixture.NewContextAsync(new() { BaseURL = fixture.Host.BaseAddress.ToString(), Locale = "vi-VN" })).NewPageAsync();
        await anonymous.GotoAsync("/cong-khai");
        var published = anonymous.Locator(".portal-conclusion", new() { HasText = "12/KL-SNV" });
        await published.WaitForAsync();
        (await published.InnerTextAsync()).ShouldContain("Kết luận kiểm tra công tác cải cách hành chính");
        (await published.InnerTextAsync()).ShouldNotContain("Đề nghị làm rõ thêm số liệu năm 2025"); // the dissent stays internal
        await BrowserFixture.ScreenshotAsync(anonymous, "portal");
        await Task.WhenAll(supervisor.Context.CloseAsync(), leader.Context.CloseAsync(), anonymous.Context.CloseAsync());

        await page.ReloadAsync();
        await FireAsync(page, CaseTriggers.StartSanctioning, CaseStates.Sanctioning);

        // Sanctioning: a recovery needs its amount (field message), then two are issued; one already past its deadline.
        await page.Locator("#Sanction_Type").SelectOptionAsync(nameof(SanctionType.Recovery));
        await page.Locator("#Sanction_Target").FillAsync("Bộ phận kế toán");
        await page.Locator("#Sanction_Responsible").FillAsync("Chủ tịch UBND phường");
        await page.Locator("#sanction-submit").ClickAsync();
        var amountError = page.Locator("[data-valmsg-for='Sanction.AmountVnd']");
        await amountError.WaitForAsync();
        (await amountError.InnerTextAsync()).ShouldBe("Trường này là bắt buộc.");
        (await page.Locator(".sanction").CountAsync()).ShouldBe(0);

        await page.Locator("#Sanction_AmountVnd").FillAsync("12000000");
        await page.Locator("#Sanction_Deadline").FillAsync(Iso(today.AddDays(30)));
        await page.Locator("#sanction-submit").ClickAsync();
        await page.Locator(".sanction", new() { HasText = "Bộ phận kế toán" }).WaitForAsync();

        await page.Locator("#sanction-issue summary").ClickAsync();
        await page.Locator("#Sanction_Type").SelectOptionAsync(nameof(SanctionType.CorrectiveRecommendation));
        await page.Locator("#Sanction_Target").FillAsync("Văn phòng UBND phường");
        await page.Locator("#Sanction_Responsible").FillAsync("Chánh Văn phòng");
        await page.Locator("#Sanction_Deadline").FillAsync(Iso(today.AddDays(-1)));
        await page.Locator("#sanction-submit").ClickAsync();
        var recommendation = page.Locator(".sanction", new() { HasText = "Văn phòng UBND phường" });
        await recommendation.WaitForAsync();
        (await recommendation.GetAttributeAsync("data-status")).ShouldBe(nameof(SanctionStatus.Issued));
        (await recommendation.GetAttributeAsync("class"))!.ShouldContain("border-danger"); // overdue
        await BrowserFixture.ScreenshotAsync(page, "case-sanctioning");
        await FireAsync(page, CaseTriggers.StartFollowUp, CaseStates.FollowUp);

        // Follow-up: the recovery reported done in full; the overdue recommendation carried over with a reason.
        var recovery = page.Locator(".sanction", new() { HasText = "Bộ phận kế toán" });
        await recovery.Locator(".implementation-form").Locator("xpath=..").Locator("summary").ClickAsync();
        await recovery.Locator("input[type=radio][value='Done']").CheckAsync();
        await recovery.Locator("input[name='Implementation.AmountRecoveredVnd']").FillAsync("12000000");
        await recovery.Locator(".implementation-form button[type=submit]").ClickAsync();
        // The report is a claim (issue 14): awaiting confirmation until a team member confirms it in the section.
        recovery = page.Locator(".sanction[data-status='Reported']", new() { HasText = "Bộ phận kế toán" });
        await recovery.WaitForAsync();
        await recovery.Locator(".confirm-claim-form button[type=submit]").ClickAsync();
        await page.Locator(".sanction[data-status='Done']", new() { HasText = "Bộ phận kế toán" }).WaitForAsync();
        (await page.Locator(".sanction", new() { HasText = "Bộ phận kế toán" }).Locator(".claim-review").InnerTextAsync()).ShouldContain("Đoàn đã xác nhận");
        (await page.Locator("#amount-recovered").InnerTextAsync()).ShouldContain("12.000.000");
        (await page.Locator("#follow-up").InnerTextAsync()).ShouldContain("12.000.000"); // decided
        (await page.Locator("#follow-up .overdue").CountAsync()).ShouldBeGreaterThan(0);
        (await page.Locator(".trigger-refused[data-trigger='Close'] .refusal").InnerTextAsync()).ShouldNotBeNullOrWhiteSpace();

        recommendation = page.Locator(".sanction", new() { HasText = "Văn phòng UBND phường" });
        await recommendation.Locator(".carry-over-form").Locator("xpath=..").Locator("summary").ClickAsync();
        await recommendation.Locator("input[name='CarryOver.Reason']").FillAsync("Chuyển kiểm tra lại trong kế hoạch năm 2027");
        dialogs.Clear();
        await recommendation.Locator(".carry-over-form button[type=submit]").ClickAsync();
        await page.Locator(".sanction[data-status='CarriedOver']").WaitForAsync();
        dialogs.ShouldHaveSingleItem().ShouldContain("Chuyển tiếp");
        (await page.Locator(".carry-over-reason").InnerTextAsync()).ShouldContain("kế hoạch năm 2027");
        (await page.Locator("#unresolved").InnerTextAsync()).ShouldBe("0");
        await BrowserFixture.ScreenshotAsync(page, "case-follow-up");

        await FireAsync(page, CaseTriggers.Close, CaseStates.Closed);
        (await page.Locator("#conclusion-info").InnerTextAsync()).ShouldContain("12/KL-SNV");
        (await page.Locator("form#publication-form, form#sanction-form, .carry-over-form").CountAsync()).ShouldBe(0);
        await BrowserFixture.ScreenshotAsync(page, "case-closed");
    }
}
