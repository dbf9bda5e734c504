using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using InspectionSuite.Cases;
using InspectionSuite.Organization;
using InspectionSuite.Web.Tests.Infrastructure;
using Shouldly;
using Xunit;

namespace InspectionSuite.Web.Tests.Cases;

/// <summary>
/// Issue 14 (helper tthead) over HTTP: the head of a unit as the subject of an accountability inspection on /Cases/New and
/// POST /api/cases, the accountability outcome signed with the conclusion (API JSON, case page) and kept from the unit's
/// representative until publication, and the oversight dashboard's Reported (chờ xác nhận) row.
/// </summary>
public sealed class AccountableHeadHttpTests(CaseWebHost host) : IClassFixture<CaseWebHost>
{
    private static readonly JsonSerializerOptions J = CaseWebHost.Json;
    private static DateOnly Today => DateOnly.FromDateTime(DateTime.UtcNow.AddHours(7));
    private static Task<T> Ok<T>(HttpResponseMessage r) => ReCheckInspectorAccessHttpTests.Ok<T>(r);

    private static FormUrlEncodedContent Form(string token, params (string Key, string Value)[] fields)
        => new(fields.Select(f => new KeyValuePair<string, string>(f.Key, f.Value)).Append(new("__RequestVerificationToken", token)));

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

    [Fact]
    public async Task Should_open_an_accountability_inspection_on_the_new_case_page_and_show_the_head_on_the_case_page()
    {
        using var supervisor = await SignedInAsync("supervisor");
        var token = await supervisor.GetTokenAsync("/Cases/New");
        var half = await supervisor.Http.PostAsync("/Cases/New", Form(token, ("Input.Kind", "Inspection"), ("Input.Authority", "ThanhTra"),
            ("Input.UnitCode", "P01"), ("Input.Subject", "Trách nhiệm người đứng đầu MKHALF"), ("Input.AccountableHeadName", "Ông Lê Văn Nửa")));
        half.StatusCode.ShouldBe(HttpStatusCode.UnprocessableEntity);
        var halfPage = await half.Content.ReadAsStringAsync();
        halfPage.ShouldContain(LocalizationTexts.Vi[CaseErrorCodes.AccountableHeadIncomplete]);
        halfPage.ShouldContain("value=\"Ông Lê Văn Nửa\"");

        var created = await supervisor.Http.PostAsync("/Cases/New", Form(token, ("Input.Kind", "Inspection"), ("Input.Authority", "ThanhTra"),
            ("Input.UnitCode", "P01"), ("Input.Subject", "Trách nhiệm người đứng đầu trong thực hiện nhiệm vụ công vụ"),
            ("Input.AccountableHeadName", "Ông Phạm Văn Đầu"), ("Input.AccountableHeadPosition", "Giám đốc Sở Tài chính")));
        created.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        var id = Guid.Parse(created.Headers.Location!.ToString()["/Cases/Detail/".Length..].Split('?', '#')[0]);
        var page = await supervisor.Http.GetStringAsync($"/Cases/Detail/{id}");
        page.ShouldContain("id=\"accountable-head\"");
        page.ShouldContain("Ông Phạm Văn Đầu");

        using var api = await host.ClientAsync("supervisor");
        var json = await (await api.GetAsync($"/api/cases/{id}")).Content.ReadAsStringAsync();
        JsonDocument.Parse(json).RootElement.GetProperty("accountableHead").GetProperty("position").GetString().ShouldBe("Giám đốc Sở Tài chính");
    }

    [Fact]
    public async Task Should_sign_the_accountability_outcome_with_the_conclusion_and_keep_it_from_the_unit_until_publication()
    {
        using var supervisor = await host.ClientAsync("supervisor");
        using var inspector = await host.ClientAsync("inspector");
        using var leader = await host.ClientAsync("leader");
        using var unitrep = await host.ClientAsync("unitrep");
        var demo = (await Ok<PagedResultDto<CaseListItemDto>>(await supervisor.GetAsync("/api/cases?take=200"))).Items.First(i => i.DecisionNumber is not null && i.Kind == CaseKind.Inspection);
        var team = (await Ok<CaseDto>(await supervisor.GetAsync($"/api/cases/{demo.Id}"))).Team;
        var unitId = (await supervisor.GetFromJsonAsync<JsonElement>("/api/units?filter=P01&take=50")).GetProperty("items").EnumerateArray()
            .First(u => u.GetProperty("code").GetString() == "P01").GetProperty("id").GetGuid();

        // POST /api/cases names the head; the decision's subject line states it.
        var c = await Ok<CaseDto>(await supervisor.PostAsJsonAsync("/api/cases", new CreateCaseDto(CaseKind.Inspection, AuthorityCode.ThanhTra, unitId,
            "Trách nhiệm người đứng đầu trong thực hiện nhiệm vụ công vụ", "2026", "KH 534", null, null, null)
        { AccountableHead = new AccountableHeadDto("Ông Võ Văn Trách", "Giám đốc Sở Nông nghiệp") }, J));
        c.AccountableHead.Name.ShouldBe("Ông Võ Văn Trách");
        c = await Ok<CaseDto>(await supervisor.PutAsJsonAsync($"/api/cases/{c.Id}/decision", new RecordDecisionDto("81/QĐ-TTr", Today, "Chánh Thanh tra", c.ConcurrencyStamp), J));
        c = await Ok<CaseDto>(await supervisor.PutAsJsonAsync($"/api/cases/{c.Id}/team", new AssignTeamDto(team.Single(m => m.IsLeader).UserId,
            team.Where(m => !m.IsLeader).Select(m => m.UserId).ToList(), c.ConcurrencyStamp), J));
        c = await Fire(leader, c.Id, CaseTriggers.Decide); // the người ra quyết định issues the decision (v4)
        c = await Ok<CaseDto>(await inspector.PutAsJsonAsync($"/api/cases/{c.Id}/work-plan", new RecordWorkPlanDto("Kế hoạch tiến hành.", c.ConcurrencyStamp), J));
        c = await Ok<CaseDto>(await leader.PutAsJsonAsync($"/api/cases/{c.Id}/work-plan/approval", new ApproveWorkPlanDto(null, c.ConcurrencyStamp), J));
        c = await Ok<CaseDto>(await inspector.PutAsJsonAsync($"/api/cases/{c.Id}/announcement", new RecordAnnouncementDto(Today, c.ConcurrencyStamp), J));
        c = await Fire(inspector, c.Id, CaseTriggers.Announce);
        c = await Fire(inspector, c.Id, CaseTriggers.StartOnSite);
        c = await Ok<CaseDto>(await inspector.PutAsJsonAsync($"/api/cases/{c.Id}/on-site", new SetOnSitePeriodDto(c.OnSiteStart ?? Today, Today, c.ConcurrencyStamp), J));
        c = await Fire(inspector, c.Id, CaseTriggers.EndOnSite);
        c = await Ok<CaseDto>(await inspector.PutAsJsonAsync($"/api/cases/{c.Id}/results-report", new AttachResultsReportDto("3/BC", Today, "Báo cáo kết quả", c.ConcurrencyStamp), J));
        c = await Fire(inspector, c.Id, CaseTriggers.SubmitResultsReport);
        c = await Ok<CaseDto>(await inspector.PutAsJsonAsync($"/api/cases/{c.Id}/draft-conclusion", new RecordDraftConclusionDto(Today, "Dự thảo kết luận", c.ConcurrencyStamp), J));
        c = await Ok<CaseDto>(await supervisor.PutAsJsonAsync($"/api/cases/{c.Id}/appraisal", new RecordAppraisalDto(Today, "Phòng Pháp chế", "Thống nhất", c.ConcurrencyStamp), J));

        var withoutOutcome = await leader.PutAsJsonAsync($"/api/cases/{c.Id}/conclusion", new RecordConclusionDto("12/KL-TTr", Today, "Chánh Thanh tra - Nguyễn Văn Bình", "Kết luận", c.ConcurrencyStamp), J);
        withoutOutcome.IsSuccessStatusCode.ShouldBeFalse();
        (await withoutOutcome.Content.ReadAsStringAsync()).ShouldContain(CaseErrorCodes.AccountabilityOutcomeRequired);
        var signed = await leader.PutAsJsonAsync($"/api/cases/{c.Id}/conclusion", new RecordConclusionDto("12/KL-TTr", Today, "Chánh Thanh tra - Nguyễn Văn Bình", "Kết luận", c.ConcurrencyStamp)
        { Accountability = new AccountabilityOutcomeDto(AccountabilityVerdict.ProposeDisciplinaryReview, "MKHEADOUTCOME buông lỏng quản lý") }, J);
        var signedJson = await signed.Content.ReadAsStringAsync();
        signed.StatusCode.ShouldBe(HttpStatusCode.OK, signedJson);
        var accountability = JsonDocument.Parse(signedJson).RootElement.GetProperty("conclusion").GetProperty("accountability");
        accountability.GetProperty("verdict").GetString().ShouldBe("ProposeDisciplinaryReview");
        c = (await signed.Content.ReadFromJsonAsync<CaseDto>(J))!;

        using var leaderWeb = await SignedInAsync("leader");
        var leaderPage = await leaderWeb.Http.GetStringAsync($"/Cases/Detail/{c.Id}");
        leaderPage.ShouldContain("id=\"accountability-info\"");
        leaderPage.ShouldContain("MKHEADOUTCOME");

        // The unit's representative: neither the API, the workspace page nor the documents carry it before publication.
        (await unitrep.GetStringAsync($"/api/cases/{c.Id}")).ShouldNotContain("MKHEADOUTCOME");
        (await unitrep.GetStringAsync($"/api/cases/{c.Id}")).ShouldNotContain("ProposeDisciplinaryReview");
        using var unitWeb = await SignedInAsync("unitrep");
        var unitPage = await unitWeb.Http.GetStringAsync($"/Cases/Detail/{c.Id}");
        unitPage.ShouldNotContain("MKHEADOUTCOME");
        unitPage.ShouldNotContain("id=\"accountability-info\"");

        c = await Ok<CaseDto>(await supervisor.PutAsJsonAsync($"/api/cases/{c.Id}/publication", new RecordPublicationDto("Cổng TTĐT tỉnh", Today, Today.AddDays(14), c.ConcurrencyStamp), J));
        await Fire(leader, c.Id, CaseTriggers.Publish);
        (await unitrep.GetStringAsync($"/api/cases/{c.Id}")).ShouldContain("MKHEADOUTCOME");
    }

    [Fact]
    public async Task Should_show_a_reported_row_apart_from_the_done_row_on_the_sanction_dashboard()
    {
        using var leader = await SignedInAsync("leader");
        var page = await leader.Http.GetStringAsync($"/Reports/Sanctions?year={Today.Year}");
        page.ShouldContain("data-status=\"Reported\"");
        page.ShouldContain("data-status=\"Done\"");
        page.ShouldContain(LocalizationTexts.Vi["Ov.SanctionStatus.Reported"]);
    }
}
