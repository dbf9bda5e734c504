using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using InspectionSuite.Cases;
using InspectionSuite.Documents;
using InspectionSuite.Organization;
using InspectionSuite.Web.Tests.Infrastructure;
using Shouldly;
using Xunit;

namespace InspectionSuite.Web.Tests.Cases;

/// <summary>
/// Issue 18, "subject, scope, period … editable until the decision is issued": the case page's form (section preparation)
/// calls the one update service (PUT /api/cases/{id}); only who holds Cases.Edit sees it, only before the decision; a refused
/// save names the field by its label and keeps what was typed; after the decision the form is gone and the API refuses.
/// </summary>
public sealed class CaseDescribeFormHttpTests(CaseWebHost host) : IClassFixture<CaseWebHost>
{
    private static readonly JsonSerializerOptions J = CaseWebHost.Json;
    private static string Vi(string key) => LocalizationTexts.Vi[key];

    private async Task<TestClient> SignedInAsync(string userName)
    {
        var client = new TestClient(host.BaseAddress);
        (await client.LoginAsync(userName)).StatusCode.ShouldBe(HttpStatusCode.Redirect);
        return client;
    }

    private static async Task<CaseDto> NewInspectionWithoutPeriodAsync(HttpClient api)
    {
        var units = await api.GetFromJsonAsync<JsonElement>("/api/units?filter=P01&take=50");
        var unitId = units.GetProperty("items").EnumerateArray().First(u => u.GetProperty("code").GetString() == "P01").GetProperty("id").GetGuid();
        // No period and no scope: the decision's "Thời kỳ thanh tra" (Case.Period) has nothing to say.
        var created = await api.PostAsJsonAsync("/api/cases", new CreateCaseDto(CaseKind.Inspection, AuthorityCode.ThanhTra, unitId,
            "Thanh tra công tác cải cách hành chính", null, "Kế hoạch 534", null, null, null), J);
        created.StatusCode.ShouldBe(HttpStatusCode.Created, await created.Content.ReadAsStringAsync());
        return (await created.Content.ReadFromJsonAsync<CaseDto>(J))!;
    }

    private static async Task<IReadOnlyList<string>> DecisionMissingFieldsAsync(HttpClient api, Guid caseId)
    {
        var documents = await api.GetFromJsonAsync<JsonElement>($"/api/cases/{caseId}/documents");
        var decision = documents.EnumerateArray().Single(d => d.GetProperty("kind").GetString() == nameof(DocumentKind.InspectionDecision));
        return decision.GetProperty("missingFields").EnumerateArray().Select(f => f.GetString()!).ToList();
    }

    private static FormUrlEncodedContent Form(string token, string stamp, params (string Key, string Value)[] fields)
        => new(fields.Select(f => new KeyValuePair<string, string>(f.Key, f.Value))
            .Append(new("Stamp", stamp)).Append(new("__RequestVerificationToken", token)));

    [Fact]
    public async Task Should_let_a_supervisor_edit_the_period_before_the_decision_so_the_decision_no_longer_misses_it()
    {
        using var api = await host.ClientAsync("supervisor");
        var c = await NewInspectionWithoutPeriodAsync(api);
        (await DecisionMissingFieldsAsync(api, c.Id)).ShouldContain("Case.Period");

        using var supervisor = await SignedInAsync("supervisor");
        var page = $"/Cases/Detail/{c.Id}";
        var html = await supervisor.Http.GetStringAsync(page);
        html.ShouldContain("id=\"describe-form\"");
        html.ShouldContain(Vi("DocField.Case.Period")); // the documents menu says what the decision still lacks

        // Subject emptied and the period backwards: both fields named by their labels, what was typed kept, nothing saved.
        var refused = await supervisor.Http.PostAsync($"{page}?handler=Describe", Form(await supervisor.GetTokenAsync(page), c.ConcurrencyStamp,
            ("Describe.Subject", ""), ("Describe.Scope", "Phạm vi đã gõ"), ("Describe.LegalBasis", "Kế hoạch 534"),
            ("Describe.PeriodFrom", "2026-06-30"), ("Describe.PeriodTo", "2026-01-01")));
        refused.StatusCode.ShouldBe(HttpStatusCode.UnprocessableEntity);
        html = await refused.Content.ReadAsStringAsync();
        html.ShouldContain("id=\"form-errors\"");
        html.ShouldContain($"{Vi("Cases.Subject")}: {Vi("Validation.Required")}");
        html.ShouldContain($"{Vi("CaseNew.PeriodTo")}: {Vi("Validation.DateRange")}");
        html.ShouldContain("Phạm vi đã gõ");
        html.ShouldContain("value=\"2026-06-30\"");
        var unchanged = (await api.GetFromJsonAsync<CaseDto>($"/api/cases/{c.Id}", J))!;
        unchanged.Subject.ShouldBe(c.Subject);
        unchanged.Scope.ShouldBeNull();
        unchanged.PeriodFrom.ShouldBeNull();
        unchanged.ConcurrencyStamp.ShouldBe(c.ConcurrencyStamp);

        var saved = await supervisor.Http.PostAsync($"{page}?handler=Describe", Form(await supervisor.GetTokenAsync(page), c.ConcurrencyStamp,
            ("Describe.Subject", "Thanh tra công tác cải cách hành chính năm 2026"), ("Describe.Scope", ""), ("Describe.LegalBasis", "Kế hoạch 534"),
            ("Describe.PeriodFrom", "2026-01-01"), ("Describe.PeriodTo", "2026-06-30")));
        saved.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        var edited = (await api.GetFromJsonAsync<CaseDto>($"/api/cases/{c.Id}", J))!;
        edited.Subject.ShouldBe("Thanh tra công tác cải cách hành chính năm 2026");
        edited.PeriodFrom.ShouldBe(new DateOnly(2026, 1, 1));
        edited.PeriodTo.ShouldBe(new DateOnly(2026, 6, 30));
        (await DecisionMissingFieldsAsync(api, c.Id)).ShouldNotContain("Case.Period");
        (await supervisor.Http.GetStringAsync(page)).ShouldNotContain(Vi("DocField.Case.Period"));
    }

    [Fact]
    public async Task Should_offer_the_form_only_with_cases_edit_and_only_until_the_decision_after_which_the_api_refuses()
    {
        using var api = await host.ClientAsync("supervisor");
        var c = await NewInspectionWithoutPeriodAsync(api);

        // Leadership reads every case but does not hold Cases.Edit: no form.
        using (var leader = await SignedInAsync("leader"))
            (await leader.Http.GetStringAsync($"/Cases/Detail/{c.Id}")).ShouldNotContain("id=\"describe-form\"");

        // The decision is issued (recorded, team appointed, Decide fired): the case leaves Planned.
        var demo = (await api.GetFromJsonAsync<PagedResultDto<CaseListItemDto>>("/api/cases?take=200", J))!.Items.First(x => x.DecisionNumber is not null);
        var team = (await api.GetFromJsonAsync<CaseDto>($"/api/cases/{demo.Id}", J))!.Team;
        var today = DateOnly.FromDateTime(DateTime.UtcNow.AddHours(7));
        c = (await (await api.PutAsJsonAsync($"/api/cases/{c.Id}/decision", new RecordDecisionDto("32/QĐ-TTr", today, "Chánh Thanh tra tỉnh", c.ConcurrencyStamp), J))
            .Content.ReadFromJsonAsync<CaseDto>(J))!;
        c = (await (await api.PutAsJsonAsync($"/api/cases/{c.Id}/team",
            new AssignTeamDto(team.Single(m => m.IsLeader).UserId, team.Where(m => !m.IsLeader).Select(m => m.UserId).ToList(), c.ConcurrencyStamp), J))
            .Content.ReadFromJsonAsync<CaseDto>(J))!;
        using var leaderApi = await host.ClientAsync("leader"); // the người ra quyết định issues the decision (v4)
        var decided = await leaderApi.PostAsJsonAsync($"/api/cases/{c.Id}/triggers/{CaseTriggers.Decide}", new { expectedVersion = c.WorkflowVersion }, J);
        decided.StatusCode.ShouldBe(HttpStatusCode.OK, await decided.Content.ReadAsStringAsync());
        c = (await decided.Content.ReadFromJsonAsync<CaseDto>(J))!;
        c.State.ShouldBe(CaseStates.Decided);

        using (var supervisor = await SignedInAsync("supervisor"))
            (await supervisor.Http.GetStringAsync($"/Cases/Detail/{c.Id}")).ShouldNotContain("id=\"describe-form\"");
        var refused = await api.PutAsJsonAsync($"/api/cases/{c.Id}", new UpdateCaseDto(c.Subject, null, c.LegalBasis, new DateOnly(2026, 1, 1), new DateOnly(2026, 6, 30), c.ConcurrencyStamp), J);
        refused.IsSuccessStatusCode.ShouldBeFalse();
        (await refused.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("code").GetString().ShouldBe(CaseErrorCodes.DescriptionFixedByDecision);
        (await api.GetFromJsonAsync<CaseDto>($"/api/cases/{c.Id}", J))!.PeriodFrom.ShouldBeNull();
    }
}
