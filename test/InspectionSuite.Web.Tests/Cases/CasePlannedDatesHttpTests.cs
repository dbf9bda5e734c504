using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using DocumentFormat.OpenXml.Packaging;
using InspectionSuite.Cases;
using InspectionSuite.Organization;
using InspectionSuite.Web.Tests.Infrastructure;
using Shouldly;
using Xunit;

namespace InspectionSuite.Web.Tests.Cases;

/// <summary>
/// Issue 18 (helper planned): the planned on-site dates of a case, set by POST /api/cases, edited by the case page's
/// describe form (the PUT's service) until the decision, printed by the decision document; refused after the decision.
/// </summary>
public sealed class CasePlannedDatesHttpTests(CaseWebHost host) : IClassFixture<CaseWebHost>
{
    private static readonly JsonSerializerOptions J = CaseWebHost.Json;
    private static string Vi(string key) => LocalizationTexts.Vi[key];

    private static FormUrlEncodedContent Form(string token, string stamp, params (string Key, string Value)[] fields)
        => new(fields.Select(f => new KeyValuePair<string, string>(f.Key, f.Value))
            .Append(new("Stamp", stamp)).Append(new("__RequestVerificationToken", token)));

    private static async Task<string> DecisionTextAsync(HttpClient api, Guid caseId)
    {
        var response = await api.GetAsync($"/api/cases/{caseId}/documents/inspection-decision");
        response.StatusCode.ShouldBe(HttpStatusCode.OK, await response.Content.ReadAsStringAsync());
        using var doc = WordprocessingDocument.Open(new MemoryStream(await response.Content.ReadAsByteArrayAsync()), false);
        return doc.MainDocumentPart!.Document!.Body!.InnerText;
    }

    [Fact]
    public async Task Should_create_edit_print_and_then_freeze_the_planned_on_site_dates()
    {
        using var api = await host.ClientAsync("supervisor");
        var units = await api.GetFromJsonAsync<JsonElement>("/api/units?filter=P01&take=50");
        var unitId = units.GetProperty("items").EnumerateArray().First(u => u.GetProperty("code").GetString() == "P01").GetProperty("id").GetGuid();
        var start = new DateOnly(2026, 8, 10);
        var end = new DateOnly(2026, 8, 21);

        // API create: the planned dates are optional, a backwards pair is refused naming the end.
        var backwards = await api.PostAsJsonAsync("/api/cases", new CreateCaseDto(CaseKind.Inspection, AuthorityCode.ThanhTra, unitId,
            "Thanh tra công tác cải cách hành chính", null, "Kế hoạch 534", new DateOnly(2026, 1, 1), new DateOnly(2026, 6, 30), null)
            { PlannedOnSiteStart = end, PlannedOnSiteEnd = start }, J);
        backwards.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        (await backwards.Content.ReadAsStringAsync()).ShouldContain("plannedOnSiteEnd", Case.Insensitive);
        var created = await api.PostAsJsonAsync("/api/cases", new CreateCaseDto(CaseKind.Inspection, AuthorityCode.ThanhTra, unitId,
            "Thanh tra công tác cải cách hành chính", null, "Kế hoạch 534", new DateOnly(2026, 1, 1), new DateOnly(2026, 6, 30), null)
            { PlannedOnSiteStart = start }, J);
        created.StatusCode.ShouldBe(HttpStatusCode.Created, await created.Content.ReadAsStringAsync());
        var c = (await created.Content.ReadFromJsonAsync<CaseDto>(J))!;
        c.PlannedOnSiteStart.ShouldBe(start);
        c.PlannedOnSiteEnd.ShouldBeNull();

        // The describe form: a backwards pair named by its label, nothing saved; then saved.
        var client = new TestClient(host.BaseAddress);
        (await client.LoginAsync("supervisor")).StatusCode.ShouldBe(HttpStatusCode.Redirect);
        var page = $"/Cases/Detail/{c.Id}";
        (await client.Http.GetStringAsync(page)).ShouldContain("Describe.PlannedOnSiteEnd");
        (string, string)[] Fields(string from, string to) =>
        [
            ("Describe.Subject", c.Subject), ("Describe.LegalBasis", "Kế hoạch 534"),
            ("Describe.PeriodFrom", "2026-01-01"), ("Describe.PeriodTo", "2026-06-30"),
            ("Describe.PlannedOnSiteStart", from), ("Describe.PlannedOnSiteEnd", to),
        ];
        var refused = await client.Http.PostAsync($"{page}?handler=Describe", Form(await client.GetTokenAsync(page), c.ConcurrencyStamp, Fields("2026-08-21", "2026-08-10")));
        refused.StatusCode.ShouldBe(HttpStatusCode.UnprocessableEntity);
        var html = await refused.Content.ReadAsStringAsync();
        html.ShouldContain($"{Vi("CasePlanned.OnSiteEnd")}: {Vi("Validation.DateRange")}");
        html.ShouldContain("value=\"2026-08-21\"");
        var unchanged = (await api.GetFromJsonAsync<CaseDto>($"/api/cases/{c.Id}", J))!;
        unchanged.PlannedOnSiteStart.ShouldBe(start);
        unchanged.PlannedOnSiteEnd.ShouldBeNull();
        unchanged.ConcurrencyStamp.ShouldBe(c.ConcurrencyStamp);

        var saved = await client.Http.PostAsync($"{page}?handler=Describe", Form(await client.GetTokenAsync(page), c.ConcurrencyStamp, Fields("2026-08-10", "2026-08-21")));
        saved.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        c = (await api.GetFromJsonAsync<CaseDto>($"/api/cases/{c.Id}", J))!;
        c.PlannedOnSiteStart.ShouldBe(start);
        c.PlannedOnSiteEnd.ShouldBe(end);

        // Decision recorded and team appointed (still Planned): the decision prints the planned dates.
        var demo = (await api.GetFromJsonAsync<PagedResultDto<CaseListItemDto>>("/api/cases?take=200", J))!.Items.First(x => x.DecisionNumber is not null);
        var team = (await api.GetFromJsonAsync<CaseDto>($"/api/cases/{demo.Id}", J))!.Team;
        var today = DateOnly.FromDateTime(DateTime.UtcNow.AddHours(7));
        c = (await (await api.PutAsJsonAsync($"/api/cases/{c.Id}/decision", new RecordDecisionDto("33/QĐ-TTr", today, "Chánh Thanh tra tỉnh - Nguyễn Văn Chánh", c.ConcurrencyStamp), J))
            .Content.ReadFromJsonAsync<CaseDto>(J))!;
        c = (await (await api.PutAsJsonAsync($"/api/cases/{c.Id}/team",
            new AssignTeamDto(team.Single(m => m.IsLeader).UserId, team.Where(m => !m.IsLeader).Select(m => m.UserId).ToList(), c.ConcurrencyStamp), J))
            .Content.ReadFromJsonAsync<CaseDto>(J))!;
        (await DecisionTextAsync(api, c.Id)).ShouldContain("dự kiến từ ngày 10/08/2026 đến ngày 21/08/2026");

        // The decision is issued: the PUT refuses new planned dates, which stay as planned, and the document still prints them.
        using var leaderApi = await host.ClientAsync("leader"); // the người ra quyết định issues the decision (thanh-tra v4)
        var decided = await leaderApi.PostAsJsonAsync($"/api/cases/{c.Id}/triggers/{CaseTriggers.Decide}", new { expectedVersion = c.WorkflowVersion }, J);
        decided.StatusCode.ShouldBe(HttpStatusCode.OK, await decided.Content.ReadAsStringAsync());
        c = (await decided.Content.ReadFromJsonAsync<CaseDto>(J))!;
        var late = await api.PutAsJsonAsync($"/api/cases/{c.Id}", new UpdateCaseDto(c.Subject, c.Scope, c.LegalBasis, c.PeriodFrom, c.PeriodTo, c.ConcurrencyStamp)
            { PlannedOnSiteStart = start.AddDays(7), PlannedOnSiteEnd = end.AddDays(7) }, J);
        late.IsSuccessStatusCode.ShouldBeFalse();
        (await late.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("code").GetString().ShouldBe(CaseErrorCodes.DescriptionFixedByDecision);
        var after = (await api.GetFromJsonAsync<CaseDto>($"/api/cases/{c.Id}", J))!;
        after.PlannedOnSiteStart.ShouldBe(start);
        after.PlannedOnSiteEnd.ShouldBe(end);
        (await DecisionTextAsync(api, c.Id)).ShouldContain("dự kiến từ ngày 10/08/2026 đến ngày 21/08/2026");
    }

    [Fact]
    public async Task Should_open_a_case_with_planned_dates_on_the_new_case_page()
    {
        using var api = await host.ClientAsync("supervisor");
        var client = new TestClient(host.BaseAddress);
        (await client.LoginAsync("supervisor")).StatusCode.ShouldBe(HttpStatusCode.Redirect);
        (await client.Http.GetStringAsync("/Cases/New")).ShouldContain(Vi("CasePlanned.OnSiteStart"));
        var token = await client.GetTokenAsync("/Cases/New");
        var created = await client.Http.PostAsync("/Cases/New", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["Input.Kind"] = "Check", ["Input.Authority"] = "NoiVu", ["Input.Unannounced"] = "false", ["Input.UnitCode"] = "P01",
            ["Input.Subject"] = "Kiểm tra công tác văn thư", ["Input.PlannedOnSiteStart"] = "2026-09-07", ["Input.PlannedOnSiteEnd"] = "2026-09-11",
            ["__RequestVerificationToken"] = token,
        }));
        created.StatusCode.ShouldBe(HttpStatusCode.Redirect, await created.Content.ReadAsStringAsync());
        var caseId = Guid.Parse(created.Headers.Location!.ToString()["/Cases/Detail/".Length..].Split('?', '#')[0]);
        var c = (await api.GetFromJsonAsync<CaseDto>($"/api/cases/{caseId}", J))!;
        c.PlannedOnSiteStart.ShouldBe(new DateOnly(2026, 9, 7));
        c.PlannedOnSiteEnd.ShouldBe(new DateOnly(2026, 9, 11));
    }
}
