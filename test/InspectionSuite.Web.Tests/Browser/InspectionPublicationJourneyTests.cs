using System.Net.Http.Json;
using System.Text.Json;
using InspectionSuite.Cases;
using InspectionSuite.Organization;
using InspectionSuite.Web.Tests.Cases;
using InspectionSuite.Web.Tests.Infrastructure;
using Microsoft.Playwright;
using Shouldly;
using Xunit;

namespace InspectionSuite.Web.Tests.Browser;

/// <summary>
/// Issue 14, "Migration and proof": a Thanh tra tỉnh inspection carried from the decision to publication by four different
/// people — the supervisor (appoints the team and its Trưởng đoàn, records the decision), the team (work plan,
/// announcement, on-site work, results report, draft), the appraiser outside the team (thẩm định, from their inbox) and the
/// leader, the người ra quyết định (approves the work plan, signs the conclusion, publishes) — and then the anonymous portal
/// <c>/cong-khai</c> shows the conclusion and nothing else of the case. The pages carry the steps that are the point
/// (appoint the team, appraise, sign, publish); the API carries the filler steps (decision, work plan, the team's work).
/// That the team has no appraisal or signing form is CaseConclusionJourneyTests' (kept out of here for time).
/// </summary>
public sealed class InspectionPublicationJourneyTests(BrowserFixture fixture) : IClassFixture<BrowserFixture>
{
    private static readonly JsonSerializerOptions J = CaseWebHost.Json;
    private static string Iso(DateOnly d) => d.ToString("yyyy-MM-dd");

    // Texts the team writes inside the case: none of them may reach the portal.
    private const string DiaryText = "Nhật ký đoàn: làm việc với bộ phận kế toán, chưa đủ chứng từ quý II";
    private const string FindingText = "Ghi nhận nội bộ: chi sai mục 6000 chưa xác minh người chịu trách nhiệm";
    private const string WorkPlanText = "Kế hoạch tiến hành: thanh tra tài chính, phân công từng thành viên";
    private const string ResultsReportText = "Báo cáo kết quả thanh tra nội bộ của Trưởng đoàn";
    private const string DraftText = "Dự thảo kết luận chưa chỉnh sửa của Đoàn";
    private const string AppraisalOpinion = "Đề nghị Đoàn bổ sung căn cứ pháp lý trước khi trình ký";
    private const string ConclusionText = "Kết luận thanh tra việc quản lý tài chính, ngân sách năm 2025 của phường";

    private static async Task<T> Ok<T>(HttpResponseMessage r)
    {
        if (!r.IsSuccessStatusCode) throw new ShouldAssertException($"{(int)r.StatusCode} {await r.Content.ReadAsStringAsync()}");
        return (await r.Content.ReadFromJsonAsync<T>(J))!;
    }

    private static async Task<CaseDto> Get(HttpClient http, Guid id) => await Ok<CaseDto>(await http.GetAsync($"/api/cases/{id}"));

    private static async Task<CaseDto> Fire(HttpClient http, Guid id, string trigger)
        => await Ok<CaseDto>(await http.PostAsJsonAsync($"/api/cases/{id}/triggers/{trigger}", new { expectedVersion = (await Get(http, id)).WorkflowVersion }, J));

    private static async Task FireOnPageAsync(IPage page, string trigger, string expectedState)
    {
        await page.Locator($"form[data-trigger='{trigger}'] button").ClickAsync();
        await page.Locator($"#case-state[data-state='{expectedState}']").WaitForAsync();
        await page.WaitForParsedAsync(); // the state is at the top of the page: what the test reads next may still be arriving
    }

    private async Task<IPage> PersonAsync(string userName)
    {
        var page = await fixture.SignedInPageAsync(userName);
        page.Dialog += (_, dialog) => _ = dialog.AcceptAsync(); // appointing and firing steps ask for confirmation
        return page;
    }

    [BrowserFact]
    public async Task Should_carry_a_thanh_tra_case_from_decision_to_the_anonymous_portal_by_four_people()
    {
        var api = new CaseJourneyApi(fixture.Host.BaseAddress);
        using var supervisorApi = await api.ClientAsync("supervisor");
        using var inspectorApi = await api.ClientAsync("inspector");
        var today = DateOnly.FromDateTime(DateTime.UtcNow.AddHours(7));
        var units = await supervisorApi.GetFromJsonAsync<JsonElement>("/api/units?filter=P01&take=50");
        var unitId = units.GetProperty("items").EnumerateArray().First(u => u.GetProperty("code").GetString() == "P01").GetProperty("id").GetGuid();
        var created = await Ok<CaseDto>(await supervisorApi.PostAsJsonAsync("/api/cases", new CreateCaseDto(CaseKind.Inspection, AuthorityCode.ThanhTra, unitId,
            "Thanh tra việc quản lý tài chính, ngân sách năm 2025", "2025", "KH 534", null, null, null), J));
        var id = created.Id;

        // 1. The supervisor appoints the team: "inspector" as Trưởng đoàn, "inspector2" as member.
        var supervisor = await PersonAsync("supervisor");
        await supervisor.GotoAsync($"/Cases/Detail/{id}");
        (await supervisor.Locator("#case-state").GetAttributeAsync("data-state")).ShouldBe(CaseStates.Planned);
        await supervisor.Locator("#team-assign-link").ClickAsync();
        await supervisor.Locator("#team-form").WaitForAsync();
        await supervisor.GetByLabel("Chọn Trần Thị Thanh Tra làm trưởng đoàn").CheckAsync();
        await supervisor.GetByLabel("Chọn Lê Văn Kiểm làm thành viên").CheckAsync();
        await supervisor.Locator("#team-submit").ClickAsync();
        await supervisor.TextWhenShownAsync(".alert-success");
        (await supervisor.Locator("#current-team").InnerTextAsync()).ShouldContain("Trần Thị Thanh Tra (Trưởng đoàn)");

        // 2. Filler through the API: the decision (signed by the head of the inspectorate) issued, the Trưởng đoàn's work
        // plan approved by the leader (a guard on Announce).
        using (var leaderApi = await api.ClientAsync("leader"))
        {
            await Ok<CaseDto>(await supervisorApi.PutAsJsonAsync($"/api/cases/{id}/decision", new RecordDecisionDto("41/QĐ-TTr", today, "Chánh Thanh tra tỉnh", (await Get(supervisorApi, id)).ConcurrencyStamp), J));
            (await Fire(leaderApi, id, CaseTriggers.Decide)).State.ShouldBe(CaseStates.Decided); // the người ra quyết định issues it (v4)
            await Ok<CaseDto>(await inspectorApi.PutAsJsonAsync($"/api/cases/{id}/work-plan", new RecordWorkPlanDto(WorkPlanText, (await Get(inspectorApi, id)).ConcurrencyStamp), J));
            await Ok<CaseDto>(await leaderApi.PutAsJsonAsync($"/api/cases/{id}/work-plan/approval", new ApproveWorkPlanDto(null, (await Get(leaderApi, id)).ConcurrencyStamp), J));
        }

        // 3. The team announces, works on site (diary, a finding), reports and drafts: filler steps through the API.
        await Ok<CaseDto>(await inspectorApi.PutAsJsonAsync($"/api/cases/{id}/announcement", new RecordAnnouncementDto(today, (await Get(inspectorApi, id)).ConcurrencyStamp), J));
        await Fire(inspectorApi, id, CaseTriggers.Announce);
        await Fire(inspectorApi, id, CaseTriggers.StartOnSite);
        await Ok<CaseDto>(await inspectorApi.PostAsJsonAsync($"/api/cases/{id}/diary", new AddDiaryEntryDto(today, DiaryText, (await Get(inspectorApi, id)).ConcurrencyStamp), J));
        await Ok<FindingDto>(await inspectorApi.PostAsJsonAsync($"/api/cases/{id}/findings", new RecordFindingDto(null, FindingText, FindingSeverity.Moderate, null, null, "Kế toán phường",
            (await Get(inspectorApi, id)).ConcurrencyStamp), J));
        var onSite = await Get(inspectorApi, id);
        await Ok<CaseDto>(await inspectorApi.PutAsJsonAsync($"/api/cases/{id}/on-site", new SetOnSitePeriodDto(onSite.OnSiteStart ?? today, today, onSite.ConcurrencyStamp), J));
        await Fire(inspectorApi, id, CaseTriggers.EndOnSite);
        await Ok<CaseDto>(await inspectorApi.PutAsJsonAsync($"/api/cases/{id}/results-report", new AttachResultsReportDto("7/BC-ĐTTr", today, ResultsReportText, (await Get(inspectorApi, id)).ConcurrencyStamp), J));
        await Fire(inspectorApi, id, CaseTriggers.SubmitResultsReport);
        var drafted = await Ok<CaseDto>(await inspectorApi.PutAsJsonAsync($"/api/cases/{id}/draft-conclusion", new RecordDraftConclusionDto(today, DraftText, (await Get(inspectorApi, id)).ConcurrencyStamp), J));
        drafted.State.ShouldBe(CaseStates.Concluding);

        // 4. The appraiser (not on the team) finds the task in the inbox, opens the case and appraises the draft.
        var appraiser = await PersonAsync("appraiser");
        await appraiser.GotoAsync("/Inbox?state=Concluding");
        var task = appraiser.Locator($"tr.inbox-row[data-case-id='{id}'][data-task='AppraiseDraft']");
        await task.WaitForAsync();
        await BrowserFixture.ScreenshotAsync(appraiser, "journey-appraiser-inbox");
        await task.Locator(".case-link").ClickAsync();
        await appraiser.Locator("#appraisal-form").WaitForAsync();
        await appraiser.WaitForParsedAsync(); // the rest of the page may still be arriving: counted below
        (await appraiser.Locator("#conclusion-form").CountAsync()).ShouldBe(0); // signing is the leader's
        await appraiser.Locator("#Appraisal_By").FillAsync("Đỗ Thị Thẩm Định, Phòng Pháp chế");
        await appraiser.Locator("#Appraisal_Opinion").FillAsync(AppraisalOpinion);
        await appraiser.Locator("#appraisal-submit").ClickAsync();
        await appraiser.Locator("#appraisal-info", new() { HasText = "Phòng Pháp chế" }).WaitForAsync();

        // 5. The leader signs the conclusion.
        var leader = await PersonAsync("leader");
        await leader.GotoAsync($"/Cases/Detail/{id}");
        (await leader.Locator("#appraisal-form").CountAsync()).ShouldBe(0);
        await leader.Locator("#Conclusion_Number").FillAsync("15/KL-TTr");
        await leader.Locator("#Conclusion_Signer").FillAsync("Chánh Thanh tra tỉnh");
        await leader.Locator("#Conclusion_Text").FillAsync(ConclusionText);
        await leader.Locator("#conclusion-submit").ClickAsync();
        await leader.Locator("#conclusion-info", new() { HasText = "15/KL-TTr" }).WaitForAsync();

        // 6. Publication for 15 consecutive days from today, then the Publish step.
        await leader.Locator("#Publication_Channel").FillAsync("Cổng thông tin điện tử Thanh tra tỉnh");
        await leader.Locator("#Publication_From").FillAsync(Iso(today));
        await leader.Locator("#Publication_To").FillAsync(Iso(today.AddDays(14)));
        await leader.Locator("#publication-submit").ClickAsync();
        await leader.Locator("form[data-trigger='Publish'] button").WaitForAsync();
        await BrowserFixture.ScreenshotAsync(leader, "journey-leader-concluded");
        await FireOnPageAsync(leader, CaseTriggers.Publish, CaseStates.Published);

        // 7. Anyone, signed out: the portal shows the conclusion and nothing else of the case.
        var anonymousContext = await fixture.NewContextAsync(new() { BaseURL = fixture.Host.BaseAddress.ToString(), Locale = "vi-VN" });
        var anonymous = await anonymousContext.NewPageAsync();
        await anonymous.GotoAsync("/cong-khai");
        var published = anonymous.Locator(".portal-conclusion", new() { HasText = "15/KL-TTr" });
        await published.WaitForAsync();
        var entry = await published.InnerTextAsync();
        entry.ShouldContain(ConclusionText);
        entry.ShouldContain("Thanh tra việc quản lý tài chính, ngân sách năm 2025");
        entry.ShouldContain($"{today:dd/MM/yyyy} – {today.AddDays(14):dd/MM/yyyy}");
        var portal = await anonymous.ContentAsync();
        foreach (var internalText in new[] { DiaryText, FindingText, WorkPlanText, ResultsReportText, DraftText, AppraisalOpinion, "Đỗ Thị Thẩm Định",
                     "Trần Thị Thanh Tra", "Lê Văn Kiểm", "41/QĐ-TTr", "Kế toán phường" })
            portal.ShouldNotContain(internalText);
        portal.ShouldNotContain($"/Cases/Detail/{id}"); // no way into the workspace
        await BrowserFixture.ScreenshotAsync(anonymous, "journey-portal");

        // ... and the workspace and the API stay closed to them.
        await anonymous.GotoAsync($"/Cases/Detail/{id}");
        anonymous.Url.ShouldContain("/Account/Login");
        (await anonymous.APIRequest.GetAsync($"/api/cases/{id}")).Status.ShouldBe(401);

        await Task.WhenAll(supervisor.Context.CloseAsync(), leader.Context.CloseAsync(),
            appraiser.Context.CloseAsync(), anonymousContext.CloseAsync());
    }
}
