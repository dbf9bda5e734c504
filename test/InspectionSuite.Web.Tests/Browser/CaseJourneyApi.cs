using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using InspectionSuite.Cases;
using InspectionSuite.Organization;
using InspectionSuite.Web.Tests.Cases;
using Shouldly;

namespace InspectionSuite.Web.Tests.Browser;

/// <summary>Sets up cases for the browser journeys through the public API (as the demo users), never through ids known in advance.</summary>
public sealed class CaseJourneyApi(Uri baseAddress)
{
    private static readonly JsonSerializerOptions J = CaseWebHost.Json;

    public async Task<HttpClient> ClientAsync(string userName)
    {
        var http = new HttpClient { BaseAddress = baseAddress };
        var token = await http.PostAsJsonAsync("/api/account/token", new { userName, password = Seeding.DataSeeder.DemoPassword });
        token.EnsureSuccessStatusCode();
        var accessToken = (await token.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("accessToken").GetString();
        http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", accessToken);
        return http;
    }

    public async Task<IReadOnlyList<CaseListItemDto>> AllCasesAsync()
    {
        using var supervisor = await ClientAsync("supervisor");
        return (await supervisor.GetFromJsonAsync<PagedResultDto<CaseListItemDto>>("/api/cases?take=200", J))!.Items;
    }

    private static async Task<T> Ok<T>(HttpResponseMessage r)
    {
        if (!r.IsSuccessStatusCode) throw new ShouldAssertException($"{(int)r.StatusCode} {await r.Content.ReadAsStringAsync()}");
        return (await r.Content.ReadFromJsonAsync<T>(J))!;
    }

    private static async Task<CaseDto> Fire(HttpClient http, Guid id, string trigger)
    {
        var c = await Ok<CaseDto>(await http.GetAsync($"/api/cases/{id}"));
        return await Ok<CaseDto>(await http.PostAsJsonAsync($"/api/cases/{id}/triggers/{trigger}", new { expectedVersion = c.WorkflowVersion }, J));
    }

    /// <summary>
    /// A new inspection on the unit (thanh tra: results report, appraisal, publication, recovery — a check has none of them
    /// since issue 15), decided (the demo case's team: "inspector" leads, "inspector2" is a member), its work plan approved
    /// by the leader (thanh-tra v2), announced and now on site.
    /// </summary>
    public async Task<CaseDto> CaseOnSiteAsync(string unitCode, string subject = "Kiểm tra việc thực hiện kết luận năm trước")
    {
        using var supervisor = await ClientAsync("supervisor");
        using var inspector = await ClientAsync("inspector");
        var today = DateOnly.FromDateTime(DateTime.UtcNow.AddHours(7));

        var units = await supervisor.GetFromJsonAsync<JsonElement>($"/api/units?filter={unitCode}&take=50");
        var unitId = units.GetProperty("items").EnumerateArray().First(u => u.GetProperty("code").GetString() == unitCode).GetProperty("id").GetGuid();
        var demo = (await AllCasesAsync()).First(c => c.DecisionNumber is not null);
        var team = (await Ok<CaseDto>(await supervisor.GetAsync($"/api/cases/{demo.Id}"))).Team;

        var c = await Ok<CaseDto>(await supervisor.PostAsJsonAsync("/api/cases", new CreateCaseDto(CaseKind.Inspection, AuthorityCode.ThanhTra, unitId,
            subject, "2026", "KH 534", null, null, null), J));
        c = await Ok<CaseDto>(await supervisor.PutAsJsonAsync($"/api/cases/{c.Id}/decision", new RecordDecisionDto("31/QĐ-TTr", today, "Chánh Thanh tra tỉnh", c.ConcurrencyStamp), J));
        c = await Ok<CaseDto>(await supervisor.PutAsJsonAsync($"/api/cases/{c.Id}/team",
            new AssignTeamDto(team.Single(m => m.IsLeader).UserId, team.Where(m => !m.IsLeader).Select(m => m.UserId).ToList(), c.ConcurrencyStamp), J));
        using (var decider = await ClientAsync("leader")) // the người ra quyết định issues the decision (v4)
            c = await Fire(decider, c.Id, CaseTriggers.Decide);
        c = await Ok<CaseDto>(await inspector.PutAsJsonAsync($"/api/cases/{c.Id}/work-plan", new RecordWorkPlanDto("Kế hoạch tiến hành thanh tra.", c.ConcurrencyStamp), J));
        using (var leader = await ClientAsync("leader"))
            c = await Ok<CaseDto>(await leader.PutAsJsonAsync($"/api/cases/{c.Id}/work-plan/approval", new ApproveWorkPlanDto(null, c.ConcurrencyStamp), J));
        c = await Ok<CaseDto>(await inspector.PutAsJsonAsync($"/api/cases/{c.Id}/announcement", new RecordAnnouncementDto(today, c.ConcurrencyStamp), J));
        c = await Fire(inspector, c.Id, CaseTriggers.Announce);
        c = await Fire(inspector, c.Id, CaseTriggers.StartOnSite);
        c.State.ShouldBe(CaseStates.OnSite);
        return c;
    }

    /// <summary>
    /// The inspection of <see cref="CaseOnSiteAsync"/>, on site until today, now in Reporting without a results report.
    /// </summary>
    public async Task<CaseDto> CaseInReportingAsync(string unitCode, string subject = "Kiểm tra việc thực hiện kết luận năm trước")
    {
        using var inspector = await ClientAsync("inspector");
        var today = DateOnly.FromDateTime(DateTime.UtcNow.AddHours(7));
        var c = await CaseOnSiteAsync(unitCode, subject);
        c = await Ok<CaseDto>(await inspector.PutAsJsonAsync($"/api/cases/{c.Id}/on-site", new SetOnSitePeriodDto(c.OnSiteStart ?? today, today, c.ConcurrencyStamp), J));
        c = await Fire(inspector, c.Id, CaseTriggers.EndOnSite);
        c.State.ShouldBe(CaseStates.Reporting);
        return c;
    }

    /// <summary>An inspection of the unit in Concluding: draft, appraisal and conclusion all dated and signed today, no publication yet.</summary>
    public async Task<CaseDto> CaseConcludedAsync(string unitCode, string subject = "Kiểm tra việc thực hiện kết luận năm trước")
    {
        using var supervisor = await ClientAsync("supervisor");
        using var inspector = await ClientAsync("inspector");
        using var leader = await ClientAsync("leader");
        var today = DateOnly.FromDateTime(DateTime.UtcNow.AddHours(7));
        var c = await CaseInReportingAsync(unitCode, subject);
        c = await Ok<CaseDto>(await inspector.PutAsJsonAsync($"/api/cases/{c.Id}/results-report", new AttachResultsReportDto("3/BC", today, "Báo cáo kết quả kiểm tra", c.ConcurrencyStamp), J));
        c = await Fire(inspector, c.Id, CaseTriggers.SubmitResultsReport);
        c = await Ok<CaseDto>(await inspector.PutAsJsonAsync($"/api/cases/{c.Id}/draft-conclusion", new RecordDraftConclusionDto(today, "Dự thảo kết luận", c.ConcurrencyStamp), J));
        c = await Ok<CaseDto>(await supervisor.PutAsJsonAsync($"/api/cases/{c.Id}/appraisal", new RecordAppraisalDto(today, "Phòng Pháp chế", "Thống nhất", c.ConcurrencyStamp), J));
        c = await Ok<CaseDto>(await leader.PutAsJsonAsync($"/api/cases/{c.Id}/conclusion", new RecordConclusionDto("9/KL-SNV", today, "Chánh Thanh tra - Nguyễn Văn Bình", "Kết luận kiểm tra", c.ConcurrencyStamp), J));
        c.State.ShouldBe(CaseStates.Concluding);
        return c;
    }

    /// <summary>An inspection of the unit concluded today and published from today for 15 days (state Published).</summary>
    public async Task<CaseDto> CasePublishedAsync(string unitCode, string subject = "Kiểm tra việc thực hiện kết luận năm trước")
    {
        using var supervisor = await ClientAsync("supervisor");
        using var leader = await ClientAsync("leader");
        var today = DateOnly.FromDateTime(DateTime.UtcNow.AddHours(7));
        var c = await CaseConcludedAsync(unitCode, subject);
        c = await Ok<CaseDto>(await supervisor.PutAsJsonAsync($"/api/cases/{c.Id}/publication", new RecordPublicationDto("Cổng TTĐT tỉnh", today, today.AddDays(14), c.ConcurrencyStamp), J));
        c = await Fire(leader, c.Id, CaseTriggers.Publish);
        c.State.ShouldBe(CaseStates.Published);
        return c;
    }

    /// <summary>An inspection of the unit concluded today, published from today for 15 days, now in Sanctioning with no sanction yet.</summary>
    public async Task<CaseDto> CaseInSanctioningAsync(string unitCode)
    {
        using var inspector = await ClientAsync("inspector");
        var c = await CasePublishedAsync(unitCode);
        c = await Fire(inspector, c.Id, CaseTriggers.StartSanctioning);
        c.State.ShouldBe(CaseStates.Sanctioning);
        return c;
    }

    /// <summary>A new Sở Nội vụ check (noi-vu.check v2) on the unit, planned, with no decision yet: every planning form is open.</summary>
    public async Task<CaseDto> CheckPlannedAsync(string unitCode, string subject = "Kiểm tra công tác cải cách hành chính")
    {
        using var supervisor = await ClientAsync("supervisor");
        var units = await supervisor.GetFromJsonAsync<JsonElement>($"/api/units?filter={unitCode}&take=50");
        var unitId = units.GetProperty("items").EnumerateArray().First(u => u.GetProperty("code").GetString() == unitCode).GetProperty("id").GetGuid();
        var c = await Ok<CaseDto>(await supervisor.PostAsJsonAsync("/api/cases", new CreateCaseDto(CaseKind.Check, AuthorityCode.NoiVu, unitId,
            subject, "2026", "KH 534", null, null, null), J));
        c.State.ShouldBe(CaseStates.Planned);
        return c;
    }

    /// <summary>A check on the unit with a recommendation and a recovery issued, in follow-up: what a unit representative reports on.</summary>
    public async Task<CaseDto> CaseInFollowUpAsync(string unitCode)
    {
        using var inspector = await ClientAsync("inspector");
        var today = DateOnly.FromDateTime(DateTime.UtcNow.AddHours(7));
        var c = await CaseInSanctioningAsync(unitCode);
        await Ok<SanctionDto>(await inspector.PostAsJsonAsync($"/api/cases/{c.Id}/sanctions",
            new IssueSanctionDto(SanctionType.CorrectiveRecommendation, "Văn phòng phường", null, today.AddDays(30), "Chánh Văn phòng", c.ConcurrencyStamp), J));
        c = await Ok<CaseDto>(await inspector.GetAsync($"/api/cases/{c.Id}"));
        await Ok<SanctionDto>(await inspector.PostAsJsonAsync($"/api/cases/{c.Id}/sanctions",
            new IssueSanctionDto(SanctionType.Recovery, "Kế toán phường", 12_000_000m, today.AddDays(20), "Chủ tịch UBND phường", c.ConcurrencyStamp), J));
        c = await Fire(inspector, c.Id, CaseTriggers.StartFollowUp);
        c.State.ShouldBe(CaseStates.FollowUp);
        return c;
    }
}
