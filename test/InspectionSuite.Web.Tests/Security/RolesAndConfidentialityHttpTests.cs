using System.IO.Compression;
using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using InspectionSuite.Cases;
using InspectionSuite.Identity;
using InspectionSuite.Organization;
using InspectionSuite.Web.Tests.Browser;
using InspectionSuite.Web.Tests.Cases;
using InspectionSuite.Web.Tests.Infrastructure;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;
using Shouldly;
using Xunit;

namespace InspectionSuite.Web.Tests.Security;

/// <summary>
/// Issue 14, roles and confidentiality: drafting, appraising, signing and publishing are separate permissions and the team
/// can neither appraise nor sign its own draft; the inspected unit's representative sees a case only from its announcement
/// and only what is addressed to the unit — checked on the serialized API answers, the rendered workspace and the
/// documents, with a distinctive marker planted in every confidential part; the anonymous portal shows the conclusions in
/// their publication window and nothing else.
/// </summary>
public sealed class RolesAndConfidentialityHttpTests(CaseWebHost host) : IClassFixture<CaseWebHost>
{
    private static readonly JsonSerializerOptions J = CaseWebHost.Json;
    private static DateOnly Today => DateOnly.FromDateTime(DateTime.UtcNow.AddHours(7));

    private static async Task<T> Ok<T>(HttpResponseMessage r) => await ReCheckInspectorAccessHttpTests.Ok<T>(r);

    private static async Task<CaseDto> Fire(HttpClient http, Guid id, string trigger)
    {
        var c = await Ok<CaseDto>(await http.GetAsync($"/api/cases/{id}"));
        return await Ok<CaseDto>(await http.PostAsJsonAsync($"/api/cases/{id}/triggers/{trigger}", new FireTriggerDto(c.WorkflowVersion, null), J));
    }

    /// <summary>A new inspection on the unit with the demo team (+ <paramref name="extraMember"/>), decided but not announced.</summary>
    private async Task<CaseDto> DecidedAsync(string unitCode, string subject, Guid? extraMember = null)
    {
        using var supervisor = await host.ClientAsync("supervisor");
        var demo = (await Ok<PagedResultDto<CaseListItemDto>>(await supervisor.GetAsync("/api/cases?take=200"))).Items.First(i => i.DecisionNumber is not null);
        var team = (await Ok<CaseDto>(await supervisor.GetAsync($"/api/cases/{demo.Id}"))).Team;
        var unitId = (await supervisor.GetFromJsonAsync<JsonElement>($"/api/units?filter={unitCode}&take=50")).GetProperty("items").EnumerateArray()
            .First(u => u.GetProperty("code").GetString() == unitCode).GetProperty("id").GetGuid();
        var c = await Ok<CaseDto>(await supervisor.PostAsJsonAsync("/api/cases", new CreateCaseDto(CaseKind.Inspection, AuthorityCode.ThanhTra, unitId,
            subject, "2026", "KH 534", null, null, null), J));
        c = await Ok<CaseDto>(await supervisor.PutAsJsonAsync($"/api/cases/{c.Id}/decision", new RecordDecisionDto("77/QĐ-TTr", Today, "Chánh Thanh tra", c.ConcurrencyStamp), J));
        var members = team.Where(m => !m.IsLeader).Select(m => m.UserId).ToList();
        if (extraMember is { } extra) members.Add(extra);
        c = await Ok<CaseDto>(await supervisor.PutAsJsonAsync($"/api/cases/{c.Id}/team", new AssignTeamDto(team.Single(m => m.IsLeader).UserId, members, c.ConcurrencyStamp), J));
        using var leader = await host.ClientAsync("leader"); // the người ra quyết định issues the decision (v4)
        return await Fire(leader, c.Id, CaseTriggers.Decide);
    }

    /// <summary>The work plan written by the team and approved by the leader (thanh-tra v2 announces only then).</summary>
    private async Task<CaseDto> WorkPlanApprovedAsync(HttpClient teamMember, CaseDto c, string text = "Kế hoạch tiến hành thanh tra.")
    {
        using var leader = await host.ClientAsync("leader");
        c = await Ok<CaseDto>(await teamMember.PutAsJsonAsync($"/api/cases/{c.Id}/work-plan", new RecordWorkPlanDto(text, c.ConcurrencyStamp), J));
        return await Ok<CaseDto>(await leader.PutAsJsonAsync($"/api/cases/{c.Id}/work-plan/approval", new ApproveWorkPlanDto(null, c.ConcurrencyStamp), J));
    }

    /// <summary>Announces a decided case and runs its on-site period until today, as <paramref name="teamMember"/>: state Reporting.</summary>
    private static async Task<CaseDto> ToReportingAsync(HttpClient teamMember, CaseDto c)
    {
        c = await Ok<CaseDto>(await teamMember.PutAsJsonAsync($"/api/cases/{c.Id}/announcement", new RecordAnnouncementDto(Today, c.ConcurrencyStamp), J));
        c = await Fire(teamMember, c.Id, CaseTriggers.Announce);
        c = await Fire(teamMember, c.Id, CaseTriggers.StartOnSite);
        c = await Ok<CaseDto>(await teamMember.PutAsJsonAsync($"/api/cases/{c.Id}/on-site", new SetOnSitePeriodDto(c.OnSiteStart ?? Today, Today, c.ConcurrencyStamp), J));
        return await Fire(teamMember, c.Id, CaseTriggers.EndOnSite);
    }

    private static async Task<string> CodeOf(HttpResponseMessage response)
    {
        var body = await response.Content.ReadAsStringAsync();
        response.IsSuccessStatusCode.ShouldBeFalse(body);
        return JsonDocument.Parse(body).RootElement.GetProperty("code").GetString()!;
    }

    // ------------------------------------------------------------ separate permissions

    [Fact]
    public async Task Should_not_let_a_team_inspector_appraise_sign_or_publish_the_draft_they_wrote()
    {
        var api = new CaseJourneyApi(host.BaseAddress);
        using var inspector = await host.ClientAsync("inspector");
        var c = await api.CaseInReportingAsync("P02", "Thanh tra thử phân quyền kết luận");
        c = await Ok<CaseDto>(await inspector.PutAsJsonAsync($"/api/cases/{c.Id}/results-report", new AttachResultsReportDto("3/BC", Today, "Báo cáo kết quả", c.ConcurrencyStamp), J));
        c = await Fire(inspector, c.Id, CaseTriggers.SubmitResultsReport);
        c = await Ok<CaseDto>(await inspector.PutAsJsonAsync($"/api/cases/{c.Id}/draft-conclusion", new RecordDraftConclusionDto(Today, "Dự thảo", c.ConcurrencyStamp), J));

        (await inspector.PutAsJsonAsync($"/api/cases/{c.Id}/appraisal", new RecordAppraisalDto(Today, "Tự thẩm định", "Đồng ý", c.ConcurrencyStamp), J)).StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        (await inspector.PutAsJsonAsync($"/api/cases/{c.Id}/conclusion", new RecordConclusionDto("1/KL", Today, "Tự ký", "Kết luận", c.ConcurrencyStamp), J)).StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        (await inspector.PutAsJsonAsync($"/api/cases/{c.Id}/publication", new RecordPublicationDto("Cổng", Today, Today.AddDays(20), c.ConcurrencyStamp), J)).StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        (await inspector.PostAsJsonAsync($"/api/cases/{c.Id}/triggers/{CaseTriggers.Publish}", new FireTriggerDto(c.WorkflowVersion, null), J)).StatusCode.ShouldBe(HttpStatusCode.Forbidden);

        var after = await Ok<CaseDto>(await inspector.GetAsync($"/api/cases/{c.Id}"));
        after.ConcurrencyStamp.ShouldBe(c.ConcurrencyStamp); // nothing changed
        after.Appraisal.On.ShouldBeNull();
        after.Conclusion.Number.ShouldBeNull();
        after.State.ShouldBe(CaseStates.Concluding);
    }

    [Fact]
    public async Task Should_refuse_an_appraisal_or_a_signature_by_a_team_member_who_holds_those_permissions()
    {
        // A user who is an inspector on the team and also holds the supervisor's and the leader's roles.
        const string userName = "all-hats";
        Guid userId;
        using (var scope = host.App.Services.CreateScope())
        {
            var users = scope.ServiceProvider.GetRequiredService<UserManager<AppUser>>();
            var user = new AppUser { Id = Guid.NewGuid(), UserName = userName, Email = "all-hats@test.local", EmailConfirmed = true, FullName = "Người kiêm nhiệm" };
            (await users.CreateAsync(user, Seeding.DataSeeder.DemoPassword)).Succeeded.ShouldBeTrue();
            (await users.AddToRolesAsync(user, [InspectionSuiteRoles.Inspector, InspectionSuiteRoles.Supervisor, InspectionSuiteRoles.Leadership])).Succeeded.ShouldBeTrue();
            userId = user.Id;
        }
        using var supervisor = await host.ClientAsync("supervisor");
        using var member = await host.ClientAsync(userName);
        var c = await new CaseJourneyApi(host.BaseAddress).CaseConcludedAsync("P03", "Thanh tra thử người kiêm nhiệm");
        var fresh = await ToReportingAsync(member, await WorkPlanApprovedAsync(member, await DecidedAsync("P04", "Thanh tra thử thẩm định của đoàn", userId)));
        fresh = await Ok<CaseDto>(await member.PutAsJsonAsync($"/api/cases/{fresh.Id}/results-report", new AttachResultsReportDto("4/BC", Today, "Báo cáo", fresh.ConcurrencyStamp), J));
        fresh = await Fire(member, fresh.Id, CaseTriggers.SubmitResultsReport);
        fresh = await Ok<CaseDto>(await member.PutAsJsonAsync($"/api/cases/{fresh.Id}/draft-conclusion", new RecordDraftConclusionDto(Today, "Dự thảo của đoàn", fresh.ConcurrencyStamp), J));

        (await CodeOf(await member.PutAsJsonAsync($"/api/cases/{fresh.Id}/appraisal", new RecordAppraisalDto(Today, "Tự thẩm định", "Đồng ý", fresh.ConcurrencyStamp), J)))
            .ShouldBe(CaseErrorCodes.AppraiserOnTeam);
        (await Ok<CaseDto>(await supervisor.GetAsync($"/api/cases/{fresh.Id}"))).Appraisal.On.ShouldBeNull();

        fresh = await Ok<CaseDto>(await supervisor.PutAsJsonAsync($"/api/cases/{fresh.Id}/appraisal", new RecordAppraisalDto(Today, "Phòng Pháp chế", "Thống nhất", fresh.ConcurrencyStamp), J));
        (await CodeOf(await member.PutAsJsonAsync($"/api/cases/{fresh.Id}/conclusion", new RecordConclusionDto("7/KL", Today, "Tự ký", "Kết luận", fresh.ConcurrencyStamp), J)))
            .ShouldBe(CaseErrorCodes.SignerOnTeam);
        (await Ok<CaseDto>(await supervisor.GetAsync($"/api/cases/{fresh.Id}"))).Conclusion.Number.ShouldBeNull();

        // The same person, not on the team of another case, signs it (the rule is about their own draft, not the roles).
        c = await Ok<CaseDto>(await supervisor.GetAsync($"/api/cases/{c.Id}"));
        c.Team.ShouldNotContain(m => m.UserId == userId);
        (await Ok<CaseDto>(await member.PutAsJsonAsync($"/api/cases/{c.Id}/conclusion", new RecordConclusionDto("8/KL", Today, "Chánh Thanh tra", "Kết luận", c.ConcurrencyStamp), J)))
            .Conclusion.Number.ShouldBe("8/KL");
    }

    // ------------------------------------------------------------ leadership inbox

    [Fact]
    public async Task Should_give_leadership_an_inbox_with_the_signing_task_and_show_it_on_the_home_page()
    {
        var c = await new CaseJourneyApi(host.BaseAddress).CaseConcludedAsync("P05", "Thanh tra thử việc của lãnh đạo");
        using var leaderApi = await host.ClientAsync("leader");
        var inbox = await Ok<PagedResultDto<InboxItemDto>>(await leaderApi.GetAsync("/api/cases/inbox?take=100"));
        var leaderTasks = inbox.Items.Where(t => t.CaseId == c.Id).ToList();
        leaderTasks.ShouldNotBeEmpty();
        leaderTasks.ShouldAllBe(t => t.AssigneeRole == InspectionSuiteRoles.Leadership);

        using var leader = host.CreateClientFor();
        (await leader.LoginAsync("leader")).StatusCode.ShouldBe(HttpStatusCode.Redirect);
        var page = await leader.Http.GetAsync("/Inbox");
        page.StatusCode.ShouldBe(HttpStatusCode.OK); // was 403 for leadership
        (await page.Content.ReadAsStringAsync()).ShouldContain($"data-case-id=\"{c.Id}\"");
        var home = await leader.Http.GetStringAsync("/");
        home.ShouldContain("id=\"home-tasks\"");
    }

    // ------------------------------------------------------------ unit representative

    private static readonly string[] Markers =
    [
        "MKWORKPLAN7c1", "MKMINUTES7c1", "MKDIARY7c1", "MKREPORT7c1", "MKDRAFT7c1", "MKDISSENT7c1", "MKAPPRAISAL7c1",
        "MKEVIDENCE7c1", "MKFINDING7c1", "MKMEMBER7c1",
    ];

    /// <summary>Only the conclusion's own text: seen by the unit once published, never before.</summary>
    private const string ConclusionMarker = "MKCONCLUSION7c1";

    /// <summary>
    /// Hidden even after publication. The results report becomes the unit's with the published conclusion, and the
    /// team's confirmed findings are part of the conclusion document (its list of violations), so those two are not here.
    /// </summary>
    private static readonly string[] AlwaysHidden = Markers.Where(m => m is not ("MKREPORT7c1" or "MKFINDING7c1")).ToArray();

    private static async Task<HttpResponseMessage> UploadAsync(HttpClient http, Guid caseId, string stamp, string fileName, string description)
    {
        using var upload = new MultipartFormDataContent();
        var file = new ByteArrayContent(Encoding.UTF8.GetBytes("%PDF-1.4\n" + description + "\n%%EOF\n"));
        file.Headers.ContentType = new MediaTypeHeaderValue("application/pdf");
        upload.Add(file, "file", fileName);
        upload.Add(new StringContent(stamp), "concurrencyStamp");
        upload.Add(new StringContent(description), "description");
        return await http.PostAsync($"/api/cases/{caseId}/evidence", upload);
    }

    /// <summary>Everything the unit's representative can read about the case: API answers, the workspace page, the documents.</summary>
    private async Task<Seen> EverythingTheUnitSeesAsync(HttpClient rep, TestClient repPage, Guid caseId)
    {
        var all = new Seen();
        foreach (var path in new[] { "", "/evidence", "/findings", "/checklist", "/history", "/triggers", "/document-requests", "/sanctions", "/follow-up", "/documents" })
        {
            var r = await rep.GetAsync($"/api/cases/{caseId}{path}");
            r.StatusCode.ShouldBe(HttpStatusCode.OK, path);
            all.Add("GET /api/cases/{id}" + path, await r.Content.ReadAsStringAsync());
        }
        all.Add("GET /api/cases", await rep.GetStringAsync("/api/cases?take=200"));
        all.Add("GET /api/cases/inbox", await rep.GetStringAsync("/api/cases/inbox?take=100"));
        all.Add("GET /api/cases/my-unit", await rep.GetStringAsync("/api/cases/my-unit"));
        var page = await repPage.Http.GetAsync($"/Cases/Detail/{caseId}");
        page.StatusCode.ShouldBe(HttpStatusCode.OK);
        all.Add("page /Cases/Detail/{id}", await page.Content.ReadAsStringAsync());
        var documents = await Ok<List<CaseDocumentLinkDto>>(await rep.GetAsync($"/api/cases/{caseId}/documents"));
        foreach (var d in documents.Where(d => d.Available))
        {
            var file = await rep.GetAsync($"/api/cases/{caseId}/documents/{d.Slug}");
            file.StatusCode.ShouldBe(HttpStatusCode.OK, d.Slug);
            using var zip = new ZipArchive(await file.Content.ReadAsStreamAsync());
            foreach (var entry in zip.Entries.Where(e => e.FullName.EndsWith(".xml", StringComparison.Ordinal)))
            {
                using var reader = new StreamReader(entry.Open());
                all.Add($"document {d.Slug}: {entry.FullName}", await reader.ReadToEndAsync());
            }
        }
        return all;
    }

    /// <summary>What the unit saw, by where it saw it (so a failure names the leaking answer, page or document).</summary>
    private sealed class Seen : List<(string Source, string Text)>
    {
        public void Add(string source, string text) => Add((source, text));
        public bool Contains(string marker) => this.Any(s => s.Text.Contains(marker, StringComparison.Ordinal));
        public void ShouldNotShow(string marker, string when)
            => this.Where(s => s.Text.Contains(marker, StringComparison.Ordinal)).Select(s => s.Source).ShouldBeEmpty($"{marker} seen by the unit {when}");
    }

    private sealed record CaseDocumentLinkDto(string Kind, string Slug, string Title, bool Available);

    [Fact]
    public async Task Should_show_the_unit_representative_only_what_is_addressed_to_the_unit_from_the_announcement_on()
    {
        using var supervisor = await host.ClientAsync("supervisor");
        using var inspector = await host.ClientAsync("inspector");
        using var inspector2 = await host.ClientAsync("inspector2");
        using var leader = await host.ClientAsync("leader");
        using var rep = await host.ClientAsync("unitrep");
        using var repPage = host.CreateClientFor();
        (await repPage.LoginAsync("unitrep")).StatusCode.ShouldBe(HttpStatusCode.Redirect);

        // A decided case on the representative's unit, not yet announced: it does not exist for the unit.
        var c = await DecidedAsync("P01", "Thanh tra thử bảo mật với đơn vị");
        c = await WorkPlanApprovedAsync(inspector, c, "Kế hoạch MKWORKPLAN7c1");
        (await rep.GetAsync($"/api/cases/{c.Id}")).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await rep.GetStringAsync("/api/cases?take=200")).ShouldNotContain(c.Id.ToString());
        (await repPage.Http.GetAsync($"/Cases/Detail/{c.Id}")).StatusCode.ShouldBe(HttpStatusCode.NotFound);

        // Announced: the unit sees it. The team works; every confidential part carries a marker.
        c = await Ok<CaseDto>(await inspector.PutAsJsonAsync($"/api/cases/{c.Id}/announcement", new RecordAnnouncementDto(Today, c.ConcurrencyStamp), J));
        c = await Fire(inspector, c.Id, CaseTriggers.Announce);
        (await Ok<CaseDto>(await rep.GetAsync($"/api/cases/{c.Id}"))).Decision.Number.ShouldBe("77/QĐ-TTr"); // the decision is addressed to the unit
        c = await Fire(inspector, c.Id, CaseTriggers.StartOnSite);
        c = await Ok<CaseDto>(await inspector.PostAsJsonAsync($"/api/cases/{c.Id}/minutes", new AddMinutesDto("Biên bản", Today, "Nội dung MKMINUTES7c1", c.ConcurrencyStamp), J));
        c = await Ok<CaseDto>(await inspector.PostAsJsonAsync($"/api/cases/{c.Id}/diary", new AddDiaryEntryDto(Today, "Nhật ký MKDIARY7c1", c.ConcurrencyStamp), J));
        (await UploadAsync(inspector, c.Id, c.ConcurrencyStamp, "chung-cu-MKEVIDENCE7c1.pdf", "Chứng cứ MKEVIDENCE7c1")).EnsureSuccessStatusCode();
        c = await Ok<CaseDto>(await inspector.GetAsync($"/api/cases/{c.Id}"));
        await Ok<FindingDto>(await inspector.PostAsJsonAsync($"/api/cases/{c.Id}/findings",
            new RecordFindingDto(null, "Phát hiện MKFINDING7c1", FindingSeverity.Minor, null, null, null, c.ConcurrencyStamp), J));
        c = await Ok<CaseDto>(await inspector.GetAsync($"/api/cases/{c.Id}"));
        // A member's report to the Trưởng đoàn is the team's internal work (issue 14).
        c = await Ok<CaseDto>(await inspector2.PostAsJsonAsync($"/api/cases/{c.Id}/member-reports",
            new AddMemberReportDto(c.Team.Single(m => !m.IsLeader).UserId, Today, "Báo cáo thành viên MKMEMBER7c1", null, c.ConcurrencyStamp), J));
        // The representative's own upload is theirs to see.
        (await UploadAsync(rep, c.Id, c.ConcurrencyStamp, "giai-trinh-cua-don-vi.pdf", "Tài liệu của đơn vị MKOWNUPLOAD7c1")).EnsureSuccessStatusCode();
        c = await Ok<CaseDto>(await inspector.GetAsync($"/api/cases/{c.Id}"));
        c = await Ok<CaseDto>(await inspector.PutAsJsonAsync($"/api/cases/{c.Id}/on-site", new SetOnSitePeriodDto(c.OnSiteStart ?? Today, Today, c.ConcurrencyStamp), J));
        c = await Fire(inspector, c.Id, CaseTriggers.EndOnSite);
        c = await Ok<CaseDto>(await inspector.PutAsJsonAsync($"/api/cases/{c.Id}/results-report", new AttachResultsReportDto("5/BC", Today, "Báo cáo MKREPORT7c1", c.ConcurrencyStamp), J));
        c = await Fire(inspector, c.Id, CaseTriggers.SubmitResultsReport);
        c = await Ok<CaseDto>(await inspector.PutAsJsonAsync($"/api/cases/{c.Id}/draft-conclusion", new RecordDraftConclusionDto(Today, "Dự thảo MKDRAFT7c1", c.ConcurrencyStamp), J));
        c = await Ok<CaseDto>(await inspector2.PostAsJsonAsync($"/api/cases/{c.Id}/dissents", new AddDissentDto("Bảo lưu MKDISSENT7c1", c.ConcurrencyStamp), J));
        c = await Ok<CaseDto>(await supervisor.PutAsJsonAsync($"/api/cases/{c.Id}/appraisal", new RecordAppraisalDto(Today, "Phòng Pháp chế", "Thẩm định MKAPPRAISAL7c1", c.ConcurrencyStamp), J));
        c = await Ok<CaseDto>(await leader.PutAsJsonAsync($"/api/cases/{c.Id}/conclusion", new RecordConclusionDto("77/KL-TTr", Today, "Chánh Thanh tra", "Kết luận MKCONCLUSION7c1", c.ConcurrencyStamp), J));

        // Signed but not published: nothing confidential, not even the conclusion or the results report.
        var seen = await EverythingTheUnitSeesAsync(rep, repPage, c.Id);
        foreach (var marker in Markers.Append(ConclusionMarker)) seen.ShouldNotShow(marker, "before publication");
        seen.Contains("MKOWNUPLOAD7c1").ShouldBeTrue();
        seen.Contains("77/QĐ-TTr").ShouldBeTrue();
        // The team's own view has every marker (the test would prove nothing if the parts were empty).
        var teamView = await inspector.GetStringAsync($"/api/cases/{c.Id}") + await inspector.GetStringAsync($"/api/cases/{c.Id}/evidence")
                       + await inspector.GetStringAsync($"/api/cases/{c.Id}/findings");
        foreach (var marker in Markers.Append(ConclusionMarker)) teamView.ShouldContain(marker);
        // Documents not addressed to the unit do not exist for it.
        (await rep.GetAsync($"/api/cases/{c.Id}/documents/results-report")).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        var evidence = await Ok<List<EvidenceFileDto>>(await inspector.GetAsync($"/api/cases/{c.Id}/evidence"));
        var teamFile = evidence.Single(e => e.FileName.Contains("MKEVIDENCE7c1"));
        (await rep.GetAsync($"/api/cases/{c.Id}/evidence/{teamFile.Id}")).StatusCode.ShouldBe(HttpStatusCode.NotFound);

        // Published: the conclusion (and the results report it rests on) become the unit's; the team's work does not.
        c = await Ok<CaseDto>(await supervisor.PutAsJsonAsync($"/api/cases/{c.Id}/publication", new RecordPublicationDto("Cổng TTĐT tỉnh", Today, Today.AddDays(14), c.ConcurrencyStamp), J));
        c = await Fire(supervisor, c.Id, CaseTriggers.Publish);
        // The văn bản kiến nghị (Điều 52) goes to the Chủ tịch UBND tỉnh, not to the unit.
        c = await Ok<CaseDto>(await leader.PutAsJsonAsync($"/api/cases/{c.Id}/recommendation-letter", new RecordOfficialLetterDto("78/VB-TTr", Today, "Kiến nghị MKLETTER7c1", c.ConcurrencyStamp), J));
        (await inspector.GetStringAsync($"/api/cases/{c.Id}")).ShouldContain("MKLETTER7c1");
        seen = await EverythingTheUnitSeesAsync(rep, repPage, c.Id);
        foreach (var marker in AlwaysHidden.Append("MKLETTER7c1")) seen.ShouldNotShow(marker, "after publication");
        // History and allowed steps: only the milestones the unit is told about, no step of the team's internal work.
        var history = seen.Single(x => x.Source == "GET /api/cases/{id}/history").Text;
        foreach (var step in new[] { "Reporting", "Concluding", "SubmitResultsReport", "TaskCompleted" }) history.ShouldNotContain(step);
        history.ShouldContain("Published");
        seen.Single(x => x.Source == "GET /api/cases/{id}/triggers").Text.ShouldBe("[]");
        // The finding reaches the unit only as a line of the published conclusion, never through the team's findings list.
        seen.Where(x => x.Text.Contains("MKFINDING7c1", StringComparison.Ordinal)).Select(x => x.Source)
            .ShouldAllBe(source => source.StartsWith("document inspection-conclusion", StringComparison.Ordinal));
        seen.Contains(ConclusionMarker).ShouldBeTrue();
    }

    // ------------------------------------------------------------ anonymous portal

    [Fact]
    public async Task Should_show_published_conclusions_in_their_window_to_anyone_and_nothing_else()
    {
        using var supervisor = await host.ClientAsync("supervisor");
        using var inspector = await host.ClientAsync("inspector");
        using var leader = await host.ClientAsync("leader");
        var api = new CaseJourneyApi(host.BaseAddress);

        // In its window, with a diary entry and a dissent that must stay internal.
        var open = await api.CaseConcludedAsync("P06", "Kiểm tra thử cổng công khai");
        open = await Ok<CaseDto>(await inspector.PostAsJsonAsync($"/api/cases/{open.Id}/dissents", new AddDissentDto("Bảo lưu MKPORTALDISSENT", open.ConcurrencyStamp), J));
        open = await Ok<CaseDto>(await supervisor.PutAsJsonAsync($"/api/cases/{open.Id}/publication", new RecordPublicationDto("Cổng TTĐT tỉnh", Today, Today.AddDays(14), open.ConcurrencyStamp), J));
        open = await Fire(leader, open.Id, CaseTriggers.Publish);
        // Signed, not published: never on the portal.
        var unpublished = await api.CaseConcludedAsync("P07", "Kiểm tra thử chưa công khai");
        unpublished = await Ok<CaseDto>(await leader.PutAsJsonAsync($"/api/cases/{unpublished.Id}/conclusion",
            new RecordConclusionDto("99/KL-CHUA", Today, "Giám đốc Sở", "Kết luận MKUNPUBLISHED", unpublished.ConcurrencyStamp), J));
        // Published with a window that starts later: not yet on the portal.
        var later = await api.CaseConcludedAsync("P08", "Kiểm tra thử công khai sau");
        later = await Ok<CaseDto>(await leader.PutAsJsonAsync($"/api/cases/{later.Id}/conclusion",
            new RecordConclusionDto("98/KL-SAU", Today, "Giám đốc Sở", "Kết luận MKLATER", later.ConcurrencyStamp), J));
        later = await Ok<CaseDto>(await supervisor.PutAsJsonAsync($"/api/cases/{later.Id}/publication", new RecordPublicationDto("Cổng TTĐT tỉnh", Today.AddDays(1), Today.AddDays(20), later.ConcurrencyStamp), J));
        later = await Fire(leader, later.Id, CaseTriggers.Publish);

        using var anonymous = host.CreateClientFor();
        var response = await anonymous.Http.GetAsync("/cong-khai");
        response.StatusCode.ShouldBe(HttpStatusCode.OK); // no sign-in
        var html = await response.Content.ReadAsStringAsync();
        html.ShouldContain("Công khai kết luận");
        html.ShouldContain("9/KL-SNV");
        html.ShouldContain("Kết luận kiểm tra");
        html.ShouldNotContain("MKPORTALDISSENT");
        html.ShouldNotContain("Dự thảo kết luận"); // the draft's text
        html.ShouldNotContain("Báo cáo kết quả kiểm tra"); // the results report's text
        html.ShouldNotContain("MKUNPUBLISHED");
        html.ShouldNotContain("MKLATER");
        html.ShouldNotContain(open.Id.ToString());
        html.ShouldNotContain("Thống nhất"); // the appraisal's opinion
        // The demo follow-up case was published 39 to 20 days ago: expired, not listed.
        html.ShouldNotContain("25/KL-SNV");
        // Read-only: nothing to post.
        html.ShouldNotContain("<form method=\"post\" action=\"/cong-khai");
        (await anonymous.Http.PostAsync("/cong-khai", new StringContent(""))).IsSuccessStatusCode.ShouldBeFalse();
    }

    [Fact]
    public async Task Should_page_the_portal()
    {
        using var anonymous = host.CreateClientFor();
        var html = await anonymous.Http.GetStringAsync("/cong-khai?p=999");
        html.ShouldContain("id=\"portal-empty\"");
    }
}
