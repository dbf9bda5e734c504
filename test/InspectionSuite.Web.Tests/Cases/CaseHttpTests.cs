using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using InspectionSuite.Cases;
using InspectionSuite.Organization;
using Shouldly;
using Xunit;

namespace InspectionSuite.Web.Tests.Cases;

/// <summary>The case API over HTTP with the real web host: both lifecycles, guard refusals as ProblemDetails, IDOR, upload limits.</summary>
public sealed class CaseHttpTests(CaseWebHost host) : IClassFixture<CaseWebHost>
{
    private static readonly JsonSerializerOptions J = CaseWebHost.Json;
    private static string Today => DateOnly.FromDateTime(DateTime.UtcNow.AddHours(7)).ToString("yyyy-MM-dd");

    private static async Task<T> Ok<T>(HttpResponseMessage response)
    {
        if (!response.IsSuccessStatusCode) throw new ShouldAssertException($"{(int)response.StatusCode} {await response.Content.ReadAsStringAsync()}");
        return (await response.Content.ReadFromJsonAsync<T>(J))!;
    }

    private static async Task<CaseDto> Put(HttpClient http, string path, object body) => await Ok<CaseDto>(await http.PutAsJsonAsync(path, body, J));
    private static async Task<CaseDto> Post(HttpClient http, string path, object body) => await Ok<CaseDto>(await http.PostAsJsonAsync(path, body, J));
    private static async Task<CaseDto> Get(HttpClient http, Guid id) => await Ok<CaseDto>(await http.GetAsync($"/api/cases/{id}"));
    private static async Task<CaseDto> Fire(HttpClient http, Guid id, string trigger, string? reason = null)
    {
        var c = await Get(http, id);
        return await Post(http, $"/api/cases/{id}/triggers/{trigger}", new { expectedVersion = c.WorkflowVersion, reason });
    }

    private async Task<Guid> UnitId(HttpClient http, string code)
    {
        var page = await http.GetFromJsonAsync<JsonElement>($"/api/units?filter={code}&take=50");
        return page.GetProperty("items").EnumerateArray().First(u => u.GetProperty("code").GetString() == code).GetProperty("id").GetGuid();
    }

    private async Task<Guid> UserId(string userName)
    {
        using var http = await host.ClientAsync(userName);
        // The team of a demo case lists the demo inspectors; find the id there.
        var list = await http.GetFromJsonAsync<PagedResultDto<CaseListItemDto>>("/api/cases?take=200", J);
        foreach (var item in list!.Items)
        {
            var c = await Get(http, item.Id);
            if (c.Team.FirstOrDefault(m => m.UserName == userName) is { } m) return m.UserId;
        }
        throw new InvalidOperationException("demo cases have no team with " + userName);
    }

    private async Task<CaseDto> NewCase(HttpClient supervisor, CaseKind kind, string unitCode = "P01", bool withInspector2 = true)
    {
        var unitId = await UnitId(supervisor, unitCode);
        var created = await supervisor.PostAsJsonAsync("/api/cases", new CreateCaseDto(kind, kind == CaseKind.Inspection ? AuthorityCode.ThanhTra : AuthorityCode.NoiVu,
            unitId, "Vụ việc qua API", "2026", "KH 534", null, null, null), J);
        created.StatusCode.ShouldBe(HttpStatusCode.Created);
        var c = await Ok<CaseDto>(created);
        c = await Put(supervisor, $"/api/cases/{c.Id}/decision", new RecordDecisionDto("07/QĐ", DateOnly.Parse(Today), "Chánh Thanh tra", c.ConcurrencyStamp));
        Guid[] members = withInspector2 ? [await UserId("inspector2")] : [];
        return await Put(supervisor, $"/api/cases/{c.Id}/team", new AssignTeamDto(await UserId("inspector"), members, c.ConcurrencyStamp));
    }

    [Theory]
    [InlineData(CaseKind.Inspection)]
    [InlineData(CaseKind.Check)]
    public async Task Should_run_the_lifecycle_from_planned_to_closed_over_http(CaseKind kind)
    {
        using var supervisor = await host.ClientAsync("supervisor");
        using var inspector = await host.ClientAsync("inspector");
        using var leader = await host.ClientAsync("leader");
        using var unitrep = await host.ClientAsync("unitrep");
        var today = DateOnly.Parse(Today);

        var c = await NewCase(supervisor, kind);
        // An inspection's decision is issued by the người ra quyết định (Leadership, thanh-tra.inspection v4); a check's by the supervisor.
        var decider = kind == CaseKind.Inspection ? leader : supervisor;
        (await Ok<List<CaseTriggerDto>>(await decider.GetAsync($"/api/cases/{c.Id}/triggers"))).Single(t => t.Trigger == CaseTriggers.Decide).Allowed.ShouldBeTrue();
        var triggers = await Ok<List<CaseTriggerDto>>(await supervisor.GetAsync($"/api/cases/{c.Id}/triggers"));
        triggers.Single(t => t.Trigger == CaseTriggers.Decide).Allowed.ShouldBe(kind == CaseKind.Check);
        triggers.Single(t => t.Trigger == CaseTriggers.Cancel).RequiresReason.ShouldBeTrue();
        triggers.Single(t => t.Trigger == CaseTriggers.Cancel).Allowed.ShouldBeTrue();
        (await Ok<List<CaseTriggerDto>>(await inspector.GetAsync($"/api/cases/{c.Id}/triggers"))).ShouldAllBe(t => !t.Allowed); // inspectors neither decide nor cancel

        c = await Fire(decider, c.Id, CaseTriggers.Decide);
        if (kind == CaseKind.Check)
        {
            await RunCheckFromDecidedToClosed(c, supervisor, inspector, leader, unitrep);
            return;
        }
        if (kind == CaseKind.Inspection)
        {
            // thanh-tra v2: the Trưởng đoàn writes the kế hoạch tiến hành, the người ra quyết định (Leadership) approves it before Announce.
            c = await Put(inspector, $"/api/cases/{c.Id}/work-plan", new RecordWorkPlanDto("Kế hoạch tiến hành thanh tra.", c.ConcurrencyStamp));
            (await inspector.PutAsJsonAsync($"/api/cases/{c.Id}/work-plan/approval", new ApproveWorkPlanDto(null, c.ConcurrencyStamp), J)).StatusCode.ShouldBe(HttpStatusCode.Forbidden);
            c = await Put(leader, $"/api/cases/{c.Id}/work-plan/approval", new ApproveWorkPlanDto(null, c.ConcurrencyStamp));
            c.WorkPlanApprovedOn.ShouldBe(today);
        }
        c = await Put(inspector, $"/api/cases/{c.Id}/announcement", new RecordAnnouncementDto(today, c.ConcurrencyStamp));
        c = await Fire(inspector, c.Id, CaseTriggers.Announce);
        c = await Fire(inspector, c.Id, CaseTriggers.StartOnSite);
        c.State.ShouldBe(CaseStates.OnSite);
        c = await Post(inspector, $"/api/cases/{c.Id}/diary", new AddDiaryEntryDto(today, "Làm việc tại đơn vị", c.ConcurrencyStamp));
        c = await Put(inspector, $"/api/cases/{c.Id}/on-site", new SetOnSitePeriodDto(c.OnSiteStart!.Value, today, c.ConcurrencyStamp));
        c = await Fire(inspector, c.Id, CaseTriggers.EndOnSite);
        c = await Put(inspector, $"/api/cases/{c.Id}/results-report", new AttachResultsReportDto("1/BC", today, "Báo cáo kết quả", c.ConcurrencyStamp));
        c = await Fire(inspector, c.Id, CaseTriggers.SubmitResultsReport);
        c = await Put(inspector, $"/api/cases/{c.Id}/draft-conclusion", new RecordDraftConclusionDto(today, "Dự thảo", c.ConcurrencyStamp));
        c = await Put(supervisor, $"/api/cases/{c.Id}/appraisal", new RecordAppraisalDto(today, "Pháp chế", "Đồng ý", c.ConcurrencyStamp));
        c = await Put(leader, $"/api/cases/{c.Id}/conclusion", new RecordConclusionDto("2/KL", today, "Chánh Thanh tra", "Kết luận", c.ConcurrencyStamp));
        c = await Put(supervisor, $"/api/cases/{c.Id}/publication", new RecordPublicationDto("Cổng TTĐT", today, today.AddDays(14), c.ConcurrencyStamp));
        c = await Fire(leader, c.Id, CaseTriggers.Publish);
        c = await Fire(inspector, c.Id, CaseTriggers.StartSanctioning);
        var sanction = await Ok<SanctionDto>(await inspector.PostAsJsonAsync($"/api/cases/{c.Id}/sanctions",
            new IssueSanctionDto(SanctionType.AdministrativeFine, "Ông B", 2_000_000m, today.AddDays(30), "Ông B", c.ConcurrencyStamp), J));
        c = await Fire(inspector, c.Id, CaseTriggers.StartFollowUp);
        c.State.ShouldBe(CaseStates.FollowUp);

        var fu = await Ok<FollowUpDto>(await unitrep.PostAsJsonAsync($"/api/cases/{c.Id}/follow-up/reports",
            new ReportImplementationDto(sanction.Id, ImplementationStatus.Done, 2_000_000m, "Đã nộp phạt", c.ConcurrencyStamp), J));
        // The unit's "done" is a claim (issue 14): the unit cannot confirm it; the team does, and only then is it resolved.
        fu.Unresolved.ShouldBe(1);
        c = await Ok<CaseDto>(await supervisor.GetAsync($"/api/cases/{c.Id}"));
        (await unitrep.PostAsJsonAsync($"/api/cases/{c.Id}/follow-up/sanctions/{sanction.Id}/confirm", new ConfirmImplementationDto(c.ConcurrencyStamp), J))
            .StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        fu = await Ok<FollowUpDto>(await inspector.PostAsJsonAsync($"/api/cases/{c.Id}/follow-up/sanctions/{sanction.Id}/confirm", new ConfirmImplementationDto(c.ConcurrencyStamp), J));
        fu.Unresolved.ShouldBe(0);
        c = await Fire(supervisor, c.Id, CaseTriggers.Close);
        c.State.ShouldBe(CaseStates.Closed);
        var history = await Ok<List<CaseHistoryEntryDto>>(await supervisor.GetAsync($"/api/cases/{c.Id}/history"));
        history.Last().To.ShouldBe(CaseStates.Closed);
        (await supervisor.GetStringAsync($"/api/cases/{c.Id}/diagram")).ShouldContain("class Closed current");
    }

    /// <summary>
    /// Sở Nội vụ's check (noi-vu.check v2): self-assessment by the unit's representative, the visit, biên bản, every
    /// criterion assessed (the refusal names those left), a kiến nghị answering a finding, the notice, the unit's remedy, closed.
    /// </summary>
    private static async Task RunCheckFromDecidedToClosed(CaseDto c, HttpClient supervisor, HttpClient inspector, HttpClient leader, HttpClient unitrep)
    {
        var today = DateOnly.Parse(Today);
        c = await Fire(inspector, c.Id, CaseTriggers.RequestSelfAssessment);
        c.State.ShouldBe(CaseStates.SelfAssessment);
        var incomplete = await unitrep.PutAsJsonAsync($"/api/cases/{c.Id}/check/self-assessment",
            new SubmitSelfAssessmentDto([new SelfAssessmentValueDto("KH534-01", "giảm 12%", null)], c.ConcurrencyStamp), J);
        incomplete.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        (await incomplete.Content.ReadAsStringAsync()).ShouldContain(CheckErrorCodes.SelfAssessmentValuesMissing);
        var assessed = await Ok<CheckDto>(await unitrep.PutAsJsonAsync($"/api/cases/{c.Id}/check/self-assessment",
            new SubmitSelfAssessmentDto(CheckCriteriaCatalogue.All.Select(k => new SelfAssessmentValueDto(k.Code, "đạt", null)).ToList(), c.ConcurrencyStamp), J));
        assessed.SelfAssessedOn.ShouldBe(today);

        c = await Fire(inspector, c.Id, CaseTriggers.StartOnSite);
        c.State.ShouldBe(CaseStates.OnSite);
        var items = await Ok<List<ChecklistItemDto>>(await inspector.GetAsync($"/api/cases/{c.Id}/checklist"));
        items.Count.ShouldBe(CheckCriteriaCatalogue.All.Count);
        var recorded = await Ok<ChecklistResultDto>(await inspector.PutAsJsonAsync($"/api/cases/{c.Id}/checklist/{items[0].Id}",
            new RecordChecklistResultDto(CheckResult.NotMet, "5%", null, c.ConcurrencyStamp), J));
        recorded.ProposedFinding.ShouldNotBeNull();
        c = await Post(inspector, $"/api/cases/{c.Id}/minutes", new AddMinutesDto("Biên bản kiểm tra", today, "Đoàn đã làm việc tại đơn vị.", recorded.ConcurrencyStamp));
        c = await Fire(inspector, c.Id, CaseTriggers.EndOnSite);
        c = await Put(leader, $"/api/cases/{c.Id}/conclusion", new RecordConclusionDto("2/TB-SNV", today, "Giám đốc Sở Nội vụ", "Thông báo kết luận kiểm tra", c.ConcurrencyStamp));

        var refused = await leader.PostAsJsonAsync($"/api/cases/{c.Id}/triggers/{CaseTriggers.IssueConclusionNotice}", new { expectedVersion = c.WorkflowVersion }, J);
        refused.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        var problem = await refused.Content.ReadAsStringAsync();
        problem.ShouldContain(CheckErrorCodes.CriteriaUnassessed);
        problem.ShouldContain(items[1].CriterionCode);
        problem.ShouldNotContain(items[0].CriterionCode + ",");
        (await Get(leader, c.Id)).State.ShouldBe(CaseStates.Concluding);

        var stamp = c.ConcurrencyStamp;
        foreach (var item in items.Skip(1))
            stamp = (await Ok<ChecklistResultDto>(await inspector.PutAsJsonAsync($"/api/cases/{c.Id}/checklist/{item.Id}",
                new RecordChecklistResultDto(CheckResult.Met, "đạt", null, stamp), J))).ConcurrencyStamp;
        var outcomes = await Ok<CheckDto>(await leader.PostAsJsonAsync($"/api/cases/{c.Id}/check/outcomes",
            new RecordCheckOutcomeDto(SanctionType.CorrectiveRecommendation, "Chấn chỉnh", "Chánh Văn phòng", today.AddDays(30), recorded.ProposedFinding.Id, null, stamp), J));
        var outcome = outcomes.Outcomes.ShouldHaveSingleItem();
        outcome.CriterionCode.ShouldBe(items[0].CriterionCode);
        c = await Fire(leader, c.Id, CaseTriggers.IssueConclusionNotice);
        c.State.ShouldBe(CaseStates.FollowUp);

        var fu = await Ok<FollowUpDto>(await unitrep.PostAsJsonAsync($"/api/cases/{c.Id}/follow-up/reports",
            new ReportImplementationDto(outcome.Id, ImplementationStatus.Done, 0m, "Đã khắc phục", c.ConcurrencyStamp), J));
        fu.Unresolved.ShouldBe(1); // a claim until the team confirms it (issue 14)
        c = await Ok<CaseDto>(await supervisor.GetAsync($"/api/cases/{c.Id}"));
        var rejected = await inspector.PostAsJsonAsync($"/api/cases/{c.Id}/follow-up/sanctions/{outcome.Id}/reject", new RejectImplementationDto("", c.ConcurrencyStamp), J);
        rejected.StatusCode.ShouldBe(HttpStatusCode.BadRequest); // a rejection needs its reason
        fu = await Ok<FollowUpDto>(await supervisor.PostAsJsonAsync($"/api/cases/{c.Id}/follow-up/sanctions/{outcome.Id}/confirm", new ConfirmImplementationDto(c.ConcurrencyStamp), J));
        fu.Unresolved.ShouldBe(0);
        c = await Fire(supervisor, c.Id, CaseTriggers.Close);
        c.State.ShouldBe(CaseStates.Closed);
        (await supervisor.GetStringAsync($"/api/cases/{c.Id}/diagram")).ShouldContain("class Closed current");
    }

    [Fact]
    public async Task Should_answer_a_guard_refusal_with_a_localized_problem_and_change_nothing()
    {
        using var supervisor = await host.ClientAsync("supervisor");
        using var leader = await host.ClientAsync("leader");
        var c = await NewCase(supervisor, CaseKind.Inspection);
        c = await Fire(leader, c.Id, CaseTriggers.Decide); // the người ra quyết định issues the decision (v4)
        var response = await supervisor.PostAsJsonAsync($"/api/cases/{c.Id}/triggers/{CaseTriggers.Announce}", new { expectedVersion = c.WorkflowVersion }, J);
        response.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        var problem = await response.Content.ReadFromJsonAsync<JsonElement>();
        // thanh-tra v2: the work plan approval is checked first (issue 14), then the announcement date.
        problem.GetProperty("code").GetString().ShouldBe(CaseErrorCodes.WorkPlanNotApproved);
        problem.GetProperty("title").GetString().ShouldBe("Kế hoạch tiến hành thanh tra chưa được người ra quyết định thanh tra phê duyệt.");
        (await Get(supervisor, c.Id)).State.ShouldBe(CaseStates.Decided);

        var stale = await supervisor.PostAsJsonAsync($"/api/cases/{c.Id}/triggers/{CaseTriggers.Cancel}", new { expectedVersion = c.WorkflowVersion - 1, reason = "x" }, J);
        stale.StatusCode.ShouldBe(HttpStatusCode.Conflict);
    }

    [Fact]
    public async Task Should_not_let_a_unit_representative_or_an_outside_inspector_reach_a_case_by_id()
    {
        using var supervisor = await host.ClientAsync("supervisor");
        var units = await supervisor.GetFromJsonAsync<JsonElement>("/api/units?take=5&sorting=code");
        var otherCode = units.GetProperty("items").EnumerateArray().Select(u => u.GetProperty("code").GetString()).First(code => code != "P01")!;
        var theirs = await NewCase(supervisor, CaseKind.Check, otherCode, withInspector2: false);

        using var unitrep = await host.ClientAsync("unitrep");
        (await unitrep.GetAsync($"/api/cases/{theirs.Id}")).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await unitrep.GetAsync($"/api/cases/{theirs.Id}/triggers")).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await unitrep.GetAsync($"/api/cases/{theirs.Id}/findings")).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await unitrep.PutAsJsonAsync($"/api/cases/{theirs.Id}", new UpdateCaseDto("x", null, null, null, null, theirs.ConcurrencyStamp), J)).StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        var list = await unitrep.GetFromJsonAsync<PagedResultDto<CaseListItemDto>>("/api/cases?take=200", J);
        list!.Items.ShouldNotBeEmpty(); // the demo check on P01
        list.Items.ShouldAllBe(i => i.UnitCode == "P01");

        using var outsider = await host.ClientAsync("inspector2");
        (await outsider.GetAsync($"/api/cases/{theirs.Id}")).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await outsider.PostAsJsonAsync($"/api/cases/{theirs.Id}/diary", new AddDiaryEntryDto(DateOnly.Parse(Today), "x", theirs.ConcurrencyStamp), J)).StatusCode.ShouldBe(HttpStatusCode.NotFound);

        using var anonymous = new HttpClient { BaseAddress = host.BaseAddress };
        (await anonymous.GetAsync($"/api/cases/{theirs.Id}")).StatusCode.ShouldBe(HttpStatusCode.Unauthorized);
    }

    [Theory]
    [InlineData("bien-ban.pdf", "application/pdf", 100, HttpStatusCode.Created, null)]
    [InlineData("../../../etc/cron.pdf", "application/pdf", 100, HttpStatusCode.BadRequest, CaseErrorCodes.EvidenceFileNameInvalid)]
    [InlineData("invoice.exe.pdf", "application/pdf", 100, HttpStatusCode.BadRequest, CaseErrorCodes.EvidenceFileNameInvalid)]
    [InlineData("script.js", "text/javascript", 100, HttpStatusCode.BadRequest, CaseErrorCodes.EvidenceTypeNotAllowed)]
    [InlineData("huge.pdf", "application/pdf", CaseWebHost.MaxEvidenceBytes + 1, HttpStatusCode.BadRequest, CaseErrorCodes.EvidenceTooLarge)]
    public async Task Should_enforce_the_evidence_upload_limits_over_http(string fileName, string contentType, long size, HttpStatusCode expected, string? code)
    {
        using var supervisor = await host.ClientAsync("supervisor");
        using var inspector = await host.ClientAsync("inspector");
        using var leader = await host.ClientAsync("leader");
        var c = await NewCase(supervisor, CaseKind.Inspection);
        c = await Fire(leader, c.Id, CaseTriggers.Decide); // the người ra quyết định issues the decision (v4)

        using var form = new MultipartFormDataContent();
        var file = new ByteArrayContent(Encoding.ASCII.GetBytes(("%PDF-" + new string('x', (int)size))[..(int)size]));
        file.Headers.ContentType = new MediaTypeHeaderValue(contentType);
        form.Add(file, "file", "placeholder");
        // Set the raw file name ourselves so traversal names reach the server unchanged.
        file.Headers.ContentDisposition = new ContentDispositionHeaderValue("form-data") { Name = "\"file\"", FileName = $"\"{fileName}\"" };
        form.Add(new StringContent(c.ConcurrencyStamp), "concurrencyStamp");
        form.Add(new StringContent(Today), "effectiveDate");
        var response = await inspector.PostAsync($"/api/cases/{c.Id}/evidence", form);
        response.StatusCode.ShouldBe(expected, await response.Content.ReadAsStringAsync());
        if (code is not null)
        {
            (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("code").GetString().ShouldBe(code);
            (await Get(inspector, c.Id)).EvidenceCount.ShouldBe(0);
            return;
        }
        var dto = (await response.Content.ReadFromJsonAsync<EvidenceFileDto>(J))!;
        dto.SizeBytes.ShouldBe(size);
        var download = await inspector.GetAsync($"/api/cases/{c.Id}/evidence/{dto.Id}");
        download.StatusCode.ShouldBe(HttpStatusCode.OK);
        download.Content.Headers.ContentType!.MediaType.ShouldBe("application/octet-stream");
        download.Content.Headers.ContentDisposition!.DispositionType.ShouldBe("attachment");
        Directory.GetFiles(host.EvidenceDirectory, "*", SearchOption.AllDirectories).ShouldNotContain(f => f.Contains("bien-ban"));
    }

    [Fact]
    public async Task Should_seed_demo_cases_in_several_states_with_the_demo_inspectors()
    {
        using var supervisor = await host.ClientAsync("supervisor");
        var list = await supervisor.GetFromJsonAsync<PagedResultDto<CaseListItemDto>>("/api/cases?take=200&sorting=creationTime", J);
        var states = list!.Items.Select(i => i.State).Distinct().ToList();
        states.ShouldContain(CaseStates.Planned);
        states.ShouldContain(CaseStates.OnSite);
        states.ShouldContain(CaseStates.FollowUp);
        list.Items.ShouldContain(i => i.UnitCode == "P01");
        using var inspector = await host.ClientAsync("inspector");
        (await inspector.GetFromJsonAsync<PagedResultDto<InboxItemDto>>("/api/cases/inbox", J))!.Items.ShouldNotBeEmpty();
    }
}
