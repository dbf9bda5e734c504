using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.RegularExpressions;
using InspectionSuite.Cases;
using InspectionSuite.Organization;
using InspectionSuite.Web.Tests.Infrastructure;
using Shouldly;
using Xunit;

namespace InspectionSuite.Web.Tests.Cases;

/// <summary>
/// Issue 14 on the case page (Pages/Cases/Sections/_LawRecords): the extension form is Leadership's (Cases.Decide) and the
/// team's post is refused; the continuation form ends an open suspension; the unit's explanation is recorded with what it
/// maintains, and the unit sees it but never a member's report.
/// </summary>
public sealed class LawRecordsPagesHttpTests(CaseWebHost host) : IClassFixture<CaseWebHost>
{
    private static readonly JsonSerializerOptions J = CaseWebHost.Json;
    private static DateOnly Today => DateOnly.FromDateTime(DateTime.UtcNow.AddHours(7));
    private static Task<T> Ok<T>(HttpResponseMessage r) => ReCheckInspectorAccessHttpTests.Ok<T>(r);

    private static FormUrlEncodedContent Form(string token, params (string Key, string Value)[] fields)
        => new(fields.Select(f => new KeyValuePair<string, string>(f.Key, f.Value)).Append(new("__RequestVerificationToken", token)));

    private static string Stamp(string page) => Regex.Match(page, "name=\"Stamp\" value=\"([^\"]+)\"").Groups[1].Value;

    private async Task<TestClient> SignedInAsync(string userName)
    {
        var client = new TestClient(host.BaseAddress);
        (await client.LoginAsync(userName)).StatusCode.ShouldBe(HttpStatusCode.Redirect);
        return client;
    }

    private static async Task<CaseDto> Fire(HttpClient http, Guid id, string trigger)
    {
        var c = await Ok<CaseDto>(await http.GetAsync($"/api/cases/{id}"));
        return await Ok<CaseDto>(await http.PostAsJsonAsync($"/api/cases/{id}/triggers/{trigger}", new FireTriggerDto(c.WorkflowVersion, null), J));
    }

    /// <summary>A new inspection on P01 with the demo team, announced and on site (as the team leader, inspector).</summary>
    private async Task<CaseDto> OnSiteAsync(HttpClient inspector)
    {
        using var supervisor = await host.ClientAsync("supervisor");
        using var leader = await host.ClientAsync("leader");
        var demo = (await Ok<PagedResultDto<CaseListItemDto>>(await supervisor.GetAsync("/api/cases?take=200"))).Items.First(i => i.DecisionNumber is not null && i.Kind == CaseKind.Inspection);
        var team = (await Ok<CaseDto>(await supervisor.GetAsync($"/api/cases/{demo.Id}"))).Team;
        var unitId = (await supervisor.GetFromJsonAsync<JsonElement>("/api/units?filter=P01&take=50")).GetProperty("items").EnumerateArray()
            .First(u => u.GetProperty("code").GetString() == "P01").GetProperty("id").GetGuid();
        var c = await Ok<CaseDto>(await supervisor.PostAsJsonAsync("/api/cases", new CreateCaseDto(CaseKind.Inspection, AuthorityCode.ThanhTra, unitId,
            $"Thanh tra hồ sơ luật {Guid.NewGuid():N}", "2026", "KH 534", null, null, null), J));
        c = await Ok<CaseDto>(await supervisor.PutAsJsonAsync($"/api/cases/{c.Id}/decision", new RecordDecisionDto("79/QĐ-TTr", Today, "Chánh Thanh tra", c.ConcurrencyStamp), J));
        c = await Ok<CaseDto>(await supervisor.PutAsJsonAsync($"/api/cases/{c.Id}/team", new AssignTeamDto(team.Single(m => m.IsLeader).UserId,
            team.Where(m => !m.IsLeader).Select(m => m.UserId).ToList(), c.ConcurrencyStamp), J));
        c = await Fire(leader, c.Id, CaseTriggers.Decide); // the người ra quyết định issues the decision (v4)
        c = await Ok<CaseDto>(await inspector.PutAsJsonAsync($"/api/cases/{c.Id}/work-plan", new RecordWorkPlanDto("Kế hoạch tiến hành.", c.ConcurrencyStamp), J));
        c = await Ok<CaseDto>(await leader.PutAsJsonAsync($"/api/cases/{c.Id}/work-plan/approval", new ApproveWorkPlanDto(null, c.ConcurrencyStamp), J));
        c = await Ok<CaseDto>(await inspector.PutAsJsonAsync($"/api/cases/{c.Id}/announcement", new RecordAnnouncementDto(Today, c.ConcurrencyStamp), J));
        c = await Fire(inspector, c.Id, CaseTriggers.Announce);
        return await Fire(inspector, c.Id, CaseTriggers.StartOnSite);
    }

    [Fact]
    public async Task Extension_form_is_leaderships_and_the_continuation_form_ends_an_open_suspension()
    {
        using var inspectorApi = await host.ClientAsync("inspector");
        var c = await OnSiteAsync(inspectorApi);
        c.Team.Single(m => m.IsLeader).UserName.ShouldBe("inspector");

        using var inspector = await SignedInAsync("inspector");
        var page = await inspector.Http.GetStringAsync($"/Cases/Detail/{c.Id}");
        page.ShouldContain("id=\"law-records\"");
        page.ShouldNotContain("id=\"extension-form\"");
        var token = TestClient.AntiforgeryToken(page);
        (await inspector.Http.PostAsync($"/Cases/Detail/{c.Id}?handler=Extension", Form(token, ("Stamp", Stamp(page)), ("Extension.DecisionNumber", "80/QĐ-GH"),
            ("Extension.Days", "10"), ("Extension.DecidedOn", Today.ToString("yyyy-MM-dd")), ("Extension.Grounds", "Khối lượng lớn")))).StatusCode.ShouldBe(HttpStatusCode.Forbidden);

        // Tạm dừng and tiếp tục are the người ra quyết định's: the team gets neither form and its posts are refused (issue 14).
        page.ShouldNotContain("id=\"suspension-form\"");
        (await inspector.Http.PostAsync($"/Cases/Detail/{c.Id}?handler=Suspension", Form(token, ("Stamp", Stamp(page)), ("Suspension.DecisionNumber", "81/QĐ-TD"),
            ("Suspension.From", Today.ToString("yyyy-MM-dd")), ("Suspension.To", ""), ("Suspension.Reason", "Chờ giám định")))).StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        (await Ok<CaseDto>(await inspectorApi.GetAsync($"/api/cases/{c.Id}"))).Suspensions.ShouldBeEmpty();

        // The leader suspends with an open end through the page, then records the continuation.
        using var leader = await SignedInAsync("leader");
        page = await leader.Http.GetStringAsync($"/Cases/Detail/{c.Id}");
        page.ShouldContain("id=\"suspension-form\"");
        var suspended = await leader.Http.PostAsync($"/Cases/Detail/{c.Id}?handler=Suspension", Form(TestClient.AntiforgeryToken(page), ("Stamp", Stamp(page)), ("Suspension.DecisionNumber", "81/QĐ-TD"),
            ("Suspension.From", Today.ToString("yyyy-MM-dd")), ("Suspension.To", ""), ("Suspension.Reason", "Chờ giám định")));
        suspended.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        var inspectorPage = await inspector.Http.GetStringAsync($"/Cases/Detail/{c.Id}");
        inspectorPage.ShouldNotContain("id=\"continuation-form\"");
        (await inspector.Http.PostAsync($"/Cases/Detail/{c.Id}?handler=Continuation", Form(TestClient.AntiforgeryToken(inspectorPage), ("Stamp", Stamp(inspectorPage)),
            ("Continuation.DecisionNumber", "82/QĐ-TT"), ("Continuation.On", Today.AddDays(2).ToString("yyyy-MM-dd"))))).StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        page = await leader.Http.GetStringAsync($"/Cases/Detail/{c.Id}");
        page.ShouldContain("id=\"continuation-form\"");
        var continued = await leader.Http.PostAsync($"/Cases/Detail/{c.Id}?handler=Continuation", Form(TestClient.AntiforgeryToken(page), ("Stamp", Stamp(page)),
            ("Continuation.DecisionNumber", "82/QĐ-TT"), ("Continuation.On", Today.AddDays(2).ToString("yyyy-MM-dd"))));
        continued.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        var after = await Ok<CaseDto>(await inspectorApi.GetAsync($"/api/cases/{c.Id}"));
        var s = after.Suspensions.ShouldHaveSingleItem();
        s.ContinuedOn.ShouldBe(Today.AddDays(2));
        s.To.ShouldBe(Today.AddDays(1));
        after.Extensions.ShouldBeEmpty();

        page = await leader.Http.GetStringAsync($"/Cases/Detail/{c.Id}");
        page.ShouldContain("id=\"extension-form\"");
        var extended = await leader.Http.PostAsync($"/Cases/Detail/{c.Id}?handler=Extension", Form(TestClient.AntiforgeryToken(page), ("Stamp", Stamp(page)),
            ("Extension.DecisionNumber", "80/QĐ-GH"), ("Extension.Days", "10"), ("Extension.DecidedOn", Today.ToString("yyyy-MM-dd")), ("Extension.Grounds", "Khối lượng lớn")));
        extended.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        (await Ok<CaseDto>(await inspectorApi.GetAsync($"/api/cases/{c.Id}"))).Extensions.ShouldHaveSingleItem().DecisionNumber.ShouldBe("80/QĐ-GH");
    }

    [Fact]
    public async Task The_team_asks_for_gia_han_on_the_page_and_it_is_a_task_in_the_leaders_inbox_until_refused()
    {
        using var inspectorApi = await host.ClientAsync("inspector");
        var c = await OnSiteAsync(inspectorApi);
        using var leaderApi = await host.ClientAsync("leader");
        // The API: a suspension is Leadership's (403 for the team, 200 for the leader); the request is the team's.
        (await inspectorApi.PostAsJsonAsync($"/api/cases/{c.Id}/suspensions", new AddSuspensionDto("83/QĐ-TD", Today, Today, "Chờ", c.ConcurrencyStamp), J)).StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        var nothingToRefuse = await leaderApi.PostAsJsonAsync($"/api/cases/{c.Id}/extension-request/refusal", new RefuseExtensionDto("Không", c.ConcurrencyStamp), J);
        nothingToRefuse.StatusCode.ShouldBe(HttpStatusCode.BadRequest); // a business refusal (problem+json), Inspection:040311
        (await nothingToRefuse.Content.ReadAsStringAsync()).ShouldContain(LocalizationTexts.Vi[CaseErrorCodes.NoExtensionRequest]);

        using var inspector = await SignedInAsync("inspector");
        var page = await inspector.Http.GetStringAsync($"/Cases/Detail/{c.Id}");
        page.ShouldContain("id=\"extension-request-form\"");
        var asked = await inspector.Http.PostAsync($"/Cases/Detail/{c.Id}?handler=ExtensionRequest", Form(TestClient.AntiforgeryToken(page), ("Stamp", Stamp(page)),
            ("ExtensionRequest.Days", "12"), ("ExtensionRequest.Grounds", "MKLAWREQUEST12 hồ sơ nhiều")));
        asked.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        page = await inspector.Http.GetStringAsync($"/Cases/Detail/{c.Id}");
        page.ShouldContain("id=\"extension-request\"");
        page.ShouldNotContain("id=\"extension-request-form\""); // one request at a time
        page.ShouldNotContain("id=\"extension-refusal-form\"");

        using var leader = await SignedInAsync("leader");
        // "Gia hạn" is listed in the leader's inbox page (20 a page, the demo leader has other tasks: look through the pages).
        var listed = false;
        for (var p = 1; p <= 10 && !listed; p++)
            listed = (await leader.Http.GetStringAsync($"/Inbox?p={p}")).Contains(LocalizationTexts.Vi["Task.DecideExtension"]);
        listed.ShouldBeTrue();
        var leaderPage = await leader.Http.GetStringAsync($"/Cases/Detail/{c.Id}");
        leaderPage.ShouldContain("MKLAWREQUEST12");
        leaderPage.ShouldContain("id=\"extension-refusal-form\"");
        var refused = await leader.Http.PostAsync($"/Cases/Detail/{c.Id}?handler=ExtensionRefusal", Form(TestClient.AntiforgeryToken(leaderPage), ("Stamp", Stamp(leaderPage)),
            ("ExtensionRefusal.Reason", "Đủ thời gian")));
        refused.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        (await leader.Http.GetStringAsync($"/Cases/Detail/{c.Id}")).ShouldNotContain("id=\"extension-refusal-form\"");
        var tasks = await Ok<PagedResultDto<InboxItemDto>>(await leaderApi.GetAsync("/api/cases/inbox?take=500"));
        tasks.Items.ShouldNotContain(t => t.CaseId == c.Id && t.TaskName == CaseWorkflows.DecideExtensionTask);
    }

    [Fact]
    public async Task The_units_explanation_is_recorded_on_the_page_and_the_unit_sees_it_but_no_member_report()
    {
        using var inspectorApi = await host.ClientAsync("inspector");
        var c = await OnSiteAsync(inspectorApi);
        var member = c.Team.First(m => !m.IsLeader).UserId;
        c = await Ok<CaseDto>(await inspectorApi.PostAsJsonAsync($"/api/cases/{c.Id}/member-reports", new AddMemberReportDto(member, Today, "MKLAWMEMBER91", null, c.ConcurrencyStamp), J));
        c = await Ok<CaseDto>(await inspectorApi.PutAsJsonAsync($"/api/cases/{c.Id}/on-site", new SetOnSitePeriodDto(c.OnSiteStart ?? Today, Today, c.ConcurrencyStamp), J));
        c = await Fire(inspectorApi, c.Id, CaseTriggers.EndOnSite);
        c = await Ok<CaseDto>(await inspectorApi.PutAsJsonAsync($"/api/cases/{c.Id}/results-report", new AttachResultsReportDto("6/BC", Today, "Báo cáo kết quả.", c.ConcurrencyStamp), J));
        c = await Fire(inspectorApi, c.Id, CaseTriggers.SubmitResultsReport);
        c = await Ok<CaseDto>(await inspectorApi.PutAsJsonAsync($"/api/cases/{c.Id}/draft-conclusion", new RecordDraftConclusionDto(Today, "Dự thảo kết luận.", c.ConcurrencyStamp), J));

        using var inspector = await SignedInAsync("inspector");
        var page = await inspector.Http.GetStringAsync($"/Cases/Detail/{c.Id}");
        page.ShouldContain("id=\"explanation-form\"");
        page.ShouldContain("MKLAWMEMBER91");
        // Nothing typed: a field message, nothing recorded.
        var empty = await inspector.Http.PostAsync($"/Cases/Detail/{c.Id}?handler=Explanation", Form(TestClient.AntiforgeryToken(page), ("Stamp", Stamp(page)),
            ("Explanation.ReceivedOn", Today.ToString("yyyy-MM-dd")), ("Explanation.Text", ""), ("Explanation.Maintained", "")));
        ((int)empty.StatusCode).ShouldBe(422);
        (await Ok<CaseDto>(await inspectorApi.GetAsync($"/api/cases/{c.Id}"))).Explanations.ShouldBeEmpty();
        var posted = await inspector.Http.PostAsync($"/Cases/Detail/{c.Id}?handler=Explanation", Form(TestClient.AntiforgeryToken(page), ("Stamp", Stamp(page)),
            ("Explanation.ReceivedOn", Today.ToString("yyyy-MM-dd")), ("Explanation.Text", "MKLAWEXPLAIN91"), ("Explanation.Maintained", "MKLAWKEPT91")));
        posted.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        page = await inspector.Http.GetStringAsync($"/Cases/Detail/{c.Id}");
        page.ShouldContain("MKLAWEXPLAIN91");
        page.ShouldContain("MKLAWKEPT91");

        using var unit = await SignedInAsync("unitrep");
        var unitPage = await unit.Http.GetStringAsync($"/Cases/Detail/{c.Id}");
        unitPage.ShouldContain("MKLAWEXPLAIN91");
        unitPage.ShouldNotContain("MKLAWMEMBER91");
        unitPage.ShouldNotContain("id=\"explanation-form\"");
        using var unitApi = await host.ClientAsync("unitrep");
        (await unitApi.GetStringAsync($"/api/cases/{c.Id}")).ShouldNotContain("MKLAWMEMBER91");
    }
}
