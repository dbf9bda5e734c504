using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using DocumentFormat.OpenXml.Packaging;
using InspectionSuite.Cases;
using InspectionSuite.Documents;
using InspectionSuite.Organization;
using InspectionSuite.Web.Tests.Browser;
using InspectionSuite.Web.Tests.Cases;
using Shouldly;
using UglyToad.PdfPig;
using Xunit;

namespace InspectionSuite.Web.Tests.Documents;

/// <summary>
/// Issue 16 (and issue 14's portal) over HTTP, on one kind of case: an inspection whose team was changed by a decision
/// and whose team wrote a diary entry, a draft conclusion, a dissent (bảo lưu) and got an appraisal, each carrying a
/// marker string. The unit's representative gets the decisions addressed to the unit — the team change too — and none of
/// the team's internal work; the anonymous portal's conclusion PDF holds the conclusion and none of the markers.
/// </summary>
public sealed class UnitAndPortalDocumentsHttpTests(CaseWebHost host) : IClassFixture<CaseWebHost>
{
    private static readonly JsonSerializerOptions J = CaseWebHost.Json;
    private CaseJourneyApi Api => new(host.BaseAddress);
    private static DateOnly Today => DateOnly.FromDateTime(DateTime.UtcNow.AddHours(7));

    // Internal work of the team (distinctive, so a hit can only come from that record).
    private const string DiaryMarker = "NHATKYMK7731";
    private const string DraftMarker = "DUTHAOMK7732";
    private const string DissentMarker = "BAOLUUMK7733";
    private const string AppraisalMarker = "THAMDINHMK7734";
    private static readonly string[] InternalMarkers = [DiaryMarker, DraftMarker, DissentMarker, AppraisalMarker];
    private const string ConclusionMarker = "KETLUANMK7735";

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
    /// A new inspection of P01 decided with a named signer (a decision changing the team is signed by the decision's
    /// signer, and a bare position prints no name: refused), with the oldest demo case's team (inspector leads, inspector2
    /// is a member), announced, on site until today, now in Reporting.
    /// </summary>
    private async Task<CaseDto> InReportingAsync(HttpClient supervisor, HttpClient inspector, HttpClient leader, string subject)
    {
        var demo = (await Ok<PagedResultDto<CaseListItemDto>>(await supervisor.GetAsync("/api/cases?take=200"))).Items
            .Where(i => i.DecisionNumber is not null && i.Kind == CaseKind.Inspection).MinBy(i => i.CreationTime)!;
        var team = (await Ok<CaseDto>(await supervisor.GetAsync($"/api/cases/{demo.Id}"))).Team;
        var unitId = (await supervisor.GetFromJsonAsync<JsonElement>("/api/units?filter=P01&take=50")).GetProperty("items").EnumerateArray()
            .First(u => u.GetProperty("code").GetString() == "P01").GetProperty("id").GetGuid();
        var c = await Ok<CaseDto>(await supervisor.PostAsJsonAsync("/api/cases", new CreateCaseDto(CaseKind.Inspection, AuthorityCode.ThanhTra, unitId,
            subject, "2026", "KH 534", null, null, null), J));
        c = await Ok<CaseDto>(await supervisor.PutAsJsonAsync($"/api/cases/{c.Id}/decision", new RecordDecisionDto("31/QĐ-TTr", Today, "Chánh Thanh tra - Nguyễn Văn Chánh", c.ConcurrencyStamp), J));
        c = await Ok<CaseDto>(await supervisor.PutAsJsonAsync($"/api/cases/{c.Id}/team",
            new AssignTeamDto(team.Single(m => m.IsLeader).UserId, team.Where(m => !m.IsLeader).Select(m => m.UserId).ToList(), c.ConcurrencyStamp), J));
        c = await Fire(leader, c.Id, CaseTriggers.Decide); // the người ra quyết định issues the decision (v4)
        c = await Ok<CaseDto>(await inspector.PutAsJsonAsync($"/api/cases/{c.Id}/work-plan", new RecordWorkPlanDto("Kế hoạch tiến hành thanh tra.", c.ConcurrencyStamp), J));
        c = await Ok<CaseDto>(await leader.PutAsJsonAsync($"/api/cases/{c.Id}/work-plan/approval", new ApproveWorkPlanDto(null, c.ConcurrencyStamp), J));
        c = await Ok<CaseDto>(await inspector.PutAsJsonAsync($"/api/cases/{c.Id}/announcement", new RecordAnnouncementDto(Today, c.ConcurrencyStamp), J));
        c = await Fire(inspector, c.Id, CaseTriggers.Announce);
        c = await Fire(inspector, c.Id, CaseTriggers.StartOnSite);
        c = await Ok<CaseDto>(await inspector.PutAsJsonAsync($"/api/cases/{c.Id}/on-site", new SetOnSitePeriodDto(c.OnSiteStart ?? Today, Today, c.ConcurrencyStamp), J));
        c = await Fire(inspector, c.Id, CaseTriggers.EndOnSite);
        c.State.ShouldBe(CaseStates.Reporting);
        return c;
    }

    /// <summary>
    /// An inspection of P01 (the demo unit representative's ward) in Concluding: its team changed by the người ra quyết
    /// định in Reporting (inspector2 leaves), a diary entry, the results report, the draft conclusion, the Trưởng đoàn's
    /// dissent and the appraisal, each internal record with its marker.
    /// </summary>
    private async Task<(CaseDto Case, TeamChangeDto Change)> ConcludingWithTeamChangeAndInternalWorkAsync(string subject)
    {
        using var supervisor = await Api.ClientAsync("supervisor");
        using var inspector = await Api.ClientAsync("inspector");
        using var leader = await Api.ClientAsync("leader");
        var c = await InReportingAsync(supervisor, inspector, leader, subject);
        var removed = c.Team.Single(m => !m.IsLeader);
        c = await Ok<CaseDto>(await leader.PostAsJsonAsync($"/api/cases/{c.Id}/team-changes",
            new ChangeTeamDto(null, false, removed.UserId, "Được điều động làm nhiệm vụ khác", null, c.ConcurrencyStamp), J));
        var change = c.TeamChanges.ShouldHaveSingleItem();
        c = await Ok<CaseDto>(await inspector.PostAsJsonAsync($"/api/cases/{c.Id}/diary", new AddDiaryEntryDto(Today, $"Nhật ký: {DiaryMarker}", c.ConcurrencyStamp), J));
        c = await Ok<CaseDto>(await inspector.PutAsJsonAsync($"/api/cases/{c.Id}/results-report", new AttachResultsReportDto("3/BC", Today, "Báo cáo kết quả thanh tra", c.ConcurrencyStamp), J));
        c = await Fire(inspector, c.Id, CaseTriggers.SubmitResultsReport);
        c = await Ok<CaseDto>(await inspector.PutAsJsonAsync($"/api/cases/{c.Id}/draft-conclusion", new RecordDraftConclusionDto(Today, $"Dự thảo: {DraftMarker}", c.ConcurrencyStamp), J));
        c = await Ok<CaseDto>(await inspector.PostAsJsonAsync($"/api/cases/{c.Id}/dissents", new AddDissentDto($"Bảo lưu: {DissentMarker}", c.ConcurrencyStamp), J));
        c = await Ok<CaseDto>(await supervisor.PutAsJsonAsync($"/api/cases/{c.Id}/appraisal", new RecordAppraisalDto(Today, "Phòng Pháp chế", $"Thẩm định: {AppraisalMarker}", c.ConcurrencyStamp), J));
        c.State.ShouldBe(CaseStates.Concluding);
        c.Diary.ShouldContain(d => d.Text.Contains(DiaryMarker));
        c.Dissents.ShouldContain(d => d.Text.Contains(DissentMarker));
        return (c, change);
    }

    private static IReadOnlyList<string> Slugs(JsonElement documents)
        => documents.EnumerateArray().Select(d => d.GetProperty("slug").GetString()!).ToList();

    private static string DocxText(byte[] docx)
    {
        using var stream = new MemoryStream(docx);
        using var doc = WordprocessingDocument.Open(stream, false);
        return string.Join("\n", doc.MainDocumentPart!.Document!.Body!.Descendants<DocumentFormat.OpenXml.Wordprocessing.Paragraph>().Select(p => p.InnerText));
    }

    [Fact]
    public async Task The_unit_representative_gets_the_team_change_decision_and_none_of_the_teams_internal_documents()
    {
        var (c, change) = await ConcludingWithTeamChangeAndInternalWorkAsync($"Thanh tra đơn vị thấy quyết định thay đổi Đoàn {Guid.NewGuid():N}");
        using var unitrep = await Api.ClientAsync("unitrep");

        // Listed for the unit, with the decision itself; the team's internal documents are not.
        var listed = Slugs(await Ok<JsonElement>(await unitrep.GetAsync($"/api/cases/{c.Id}/documents")));
        listed.ShouldContain("team-change-decision");
        listed.ShouldContain("inspection-decision");
        foreach (var internalSlug in new[] { "case-work-plan", "minutes", "results-report", "inspection-conclusion", "recommendation-letter" })
            listed.ShouldNotContain(internalSlug);

        // Downloadable: the decision changing the team names who leaves.
        var decision = await unitrep.GetAsync($"/api/cases/{c.Id}/documents/team-change-decision?minutesId={change.Id}");
        decision.StatusCode.ShouldBe(HttpStatusCode.OK, await decision.Content.ReadAsStringAsync());
        decision.Content.Headers.ContentType!.MediaType.ShouldBe(GeneratedFile.DocxContentType);
        var text = DocxText(await decision.Content.ReadAsByteArrayAsync());
        text.ShouldContain("QUYẾT ĐỊNH");
        text.ShouldContain(change.RemovedName!);

        // The internal documents do not exist for the unit (the draft conclusion included, the conclusion is not signed).
        foreach (var internalSlug in new[] { "case-work-plan", "minutes", "results-report", "inspection-conclusion" })
            (await unitrep.GetAsync($"/api/cases/{c.Id}/documents/{internalSlug}")).StatusCode.ShouldBe(HttpStatusCode.NotFound, internalSlug);
        // Nor do the diary, the draft, the dissent or the appraisal in the case the unit reads.
        var asUnit = await unitrep.GetStringAsync($"/api/cases/{c.Id}");
        foreach (var marker in InternalMarkers) asUnit.ShouldNotContain(marker);
        var redacted = await Ok<CaseDto>(await unitrep.GetAsync($"/api/cases/{c.Id}"));
        redacted.Diary.ShouldBeEmpty();
        redacted.Dissents.ShouldBeEmpty();
        redacted.TeamChanges.ShouldHaveSingleItem().Id.ShouldBe(change.Id); // the change itself is addressed to the unit
    }

    [Fact]
    public async Task The_portal_conclusion_pdf_holds_the_conclusion_and_none_of_the_teams_internal_work()
    {
        var (c, _) = await ConcludingWithTeamChangeAndInternalWorkAsync($"Thanh tra công khai kết luận {Guid.NewGuid():N}");
        using var supervisor = await Api.ClientAsync("supervisor");
        using var leader = await Api.ClientAsync("leader");
        c = await Ok<CaseDto>(await leader.PutAsJsonAsync($"/api/cases/{c.Id}/conclusion",
            new RecordConclusionDto("9/KL-TTr", Today, "Chánh Thanh tra - Nguyễn Văn Bình", $"Kết luận thanh tra: đơn vị thực hiện cơ bản đúng quy định {ConclusionMarker}.", c.ConcurrencyStamp), J));
        c = await Ok<CaseDto>(await supervisor.PutAsJsonAsync($"/api/cases/{c.Id}/publication", new RecordPublicationDto("Cổng TTĐT tỉnh", Today, Today.AddDays(14), c.ConcurrencyStamp), J));
        c = await Fire(leader, c.Id, CaseTriggers.Publish);
        c.State.ShouldBe(CaseStates.Published);

        // The real issue path: the register gives the number and freezes the file.
        var response = await supervisor.PostAsync($"/api/cases/{c.Id}/documents/inspection-conclusion/issue", null);
        response.StatusCode.ShouldBe(HttpStatusCode.OK, await response.Content.ReadAsStringAsync());
        var issued = (await response.Content.ReadFromJsonAsync<IssuedDocumentDto>(J))!;
        issued.NumberAndSymbol.ShouldEndWith("/KL-TTr");

        using var anonymous = new HttpClient { BaseAddress = host.BaseAddress };
        (await anonymous.GetStringAsync("/cong-khai")).ShouldContain($"/cong-khai/{issued.Id}/ket-luan.pdf");
        var pdf = await anonymous.GetAsync($"/cong-khai/{issued.Id}/ket-luan.pdf");
        if (!new LibreOfficePdfConverter().IsAvailable)
        {
            // The skip/require rule of the rendering tests: CI sets INSPECTIONSUITE_REQUIRE_LIBREOFFICE=1 and installs it.
            Environment.GetEnvironmentVariable("INSPECTIONSUITE_REQUIRE_LIBREOFFICE").ShouldNotBe("1", "LibreOffice (soffice) is required but missing");
            pdf.IsSuccessStatusCode.ShouldBeFalse();
            return;
        }
        pdf.StatusCode.ShouldBe(HttpStatusCode.OK, await pdf.Content.ReadAsStringAsync());
        pdf.Content.Headers.ContentType!.MediaType.ShouldBe("application/pdf");
        using var document = PdfDocument.Open(await pdf.Content.ReadAsByteArrayAsync());
        var text = string.Join("\n", document.GetPages().Select(p => string.Join(" ", p.GetWords().Select(w => w.Text))));

        text.ShouldContain(ConclusionMarker); // the conclusion's own text
        text.ShouldContain(issued.NumberAndSymbol); // under its registered number
        foreach (var marker in InternalMarkers) text.ShouldNotContain(marker);
    }
}
