using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using InspectionSuite.Cases;
using InspectionSuite.Organization;
using InspectionSuite.Web.Tests.Infrastructure;
using InspectionSuite.Web.Tests.Security;
using Shouldly;
using Xunit;

namespace InspectionSuite.Web.Tests.Cases;

/// <summary>
/// Issue 14, thanh-tra.inspection v4: the supervisor prepares the decision and the team; the người ra quyết định
/// (Leadership, Cases.Decide) finds "Ban hành quyết định" in the inbox, issues the decision and signs it with their profile.
/// A supervisor firing Decide is refused (403) with the permission named in words.
/// </summary>
public sealed class DecisionByLeadershipHttpTests(CaseWebHost host) : IClassFixture<CaseWebHost>
{
    private static readonly JsonSerializerOptions J = CaseWebHost.Json;
    private static DateOnly Today => DateOnly.FromDateTime(DateTime.UtcNow.AddHours(7));

    private static Task<T> Ok<T>(HttpResponseMessage r) => ReCheckInspectorAccessHttpTests.Ok<T>(r);

    /// <summary>A new inspection on P03, Planned, with its decision prepared (number, date, a typed signer) and the demo team.</summary>
    private async Task<CaseDto> PreparedAsync(HttpClient supervisor)
    {
        var demo = (await Ok<PagedResultDto<CaseListItemDto>>(await supervisor.GetAsync("/api/cases?take=200"))).Items.First(i => i.DecisionNumber is not null && i.Kind == CaseKind.Inspection);
        var team = (await Ok<CaseDto>(await supervisor.GetAsync($"/api/cases/{demo.Id}"))).Team;
        var unitId = (await supervisor.GetFromJsonAsync<JsonElement>("/api/units?filter=P03&take=50")).GetProperty("items").EnumerateArray()
            .First(u => u.GetProperty("code").GetString() == "P03").GetProperty("id").GetGuid();
        var c = await Ok<CaseDto>(await supervisor.PostAsJsonAsync("/api/cases", new CreateCaseDto(CaseKind.Inspection, AuthorityCode.ThanhTra, unitId,
            $"Thanh tra ban hành quyết định {Guid.NewGuid():N}", "2026", "KH 534", null, null, null), J));
        c = await Ok<CaseDto>(await supervisor.PutAsJsonAsync($"/api/cases/{c.Id}/decision", new RecordDecisionDto("91/QĐ-TTr", Today, "Chánh Thanh tra - Người Gõ Tay", c.ConcurrencyStamp), J));
        return await Ok<CaseDto>(await supervisor.PutAsJsonAsync($"/api/cases/{c.Id}/team", new AssignTeamDto(team.Single(m => m.IsLeader).UserId,
            team.Where(m => !m.IsLeader).Select(m => m.UserId).ToList(), c.ConcurrencyStamp), J));
    }

    [Fact]
    public async Task The_supervisor_is_refused_naming_the_permission_and_the_leader_issues_the_decision_from_the_inbox()
    {
        using var supervisor = await host.ClientAsync("supervisor");
        using var leaderApi = await host.ClientAsync("leader");
        var c = await PreparedAsync(supervisor);

        var refused = await supervisor.PostAsJsonAsync($"/api/cases/{c.Id}/triggers/{CaseTriggers.Decide}", new FireTriggerDto(c.WorkflowVersion, null), J);
        refused.StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        refused.Content.Headers.ContentType!.MediaType.ShouldBe("application/problem+json");
        var problem = await refused.Content.ReadFromJsonAsync<JsonElement>();
        problem.GetProperty("code").GetString().ShouldBe("Inspection:000403");
        problem.GetProperty("title").GetString()!.ShouldContain(LocalizationTexts.Vi["Permission.InspectionSuite.Cases.Decide"]); // in words, not the code
        (await Ok<CaseDto>(await supervisor.GetAsync($"/api/cases/{c.Id}"))).State.ShouldBe(CaseStates.Planned);

        // The leader's inbox (page and API) holds "Ban hành quyết định" for this planned case with its team.
        var inbox = await Ok<PagedResultDto<InboxItemDto>>(await leaderApi.GetAsync("/api/cases/inbox?take=200"));
        inbox.Items.ShouldContain(t => t.CaseId == c.Id && t.TaskName == "IssueDecision" && t.AssigneeRole == "Leadership");
        using var leader = host.CreateClientFor();
        (await leader.LoginAsync("leader")).StatusCode.ShouldBe(HttpStatusCode.Redirect);
        var page = await leader.Http.GetStringAsync("/Inbox?state=Planned");
        page.ShouldContain($"data-case-id=\"{c.Id}\" data-task=\"IssueDecision\"");
        page.ShouldContain("Ban hành quyết định");

        var decided = await Ok<CaseDto>(await leaderApi.PostAsJsonAsync($"/api/cases/{c.Id}/triggers/{CaseTriggers.Decide}", new FireTriggerDto(c.WorkflowVersion, null), J));
        decided.State.ShouldBe(CaseStates.Decided);
        decided.Decision.Signer.ShouldBe("Chánh Thanh tra - Phạm Minh Lãnh Đạo"); // the leader's profile, not the typed text
        (await Ok<PagedResultDto<InboxItemDto>>(await leaderApi.GetAsync("/api/cases/inbox?take=200"))).Items.ShouldNotContain(t => t.CaseId == c.Id && t.TaskName == "IssueDecision");
    }

    [Fact]
    public async Task An_inspections_decision_form_asks_no_signer_and_says_who_signs()
    {
        using var supervisorApi = await host.ClientAsync("supervisor");
        var c = await PreparedAsync(supervisorApi);
        using var supervisor = host.CreateClientFor();
        (await supervisor.LoginAsync("supervisor")).StatusCode.ShouldBe(HttpStatusCode.Redirect);
        var html = await supervisor.Http.GetStringAsync($"/Cases/Detail/{c.Id}");
        html.ShouldContain("id=\"decision-form\"");
        html.ShouldContain("id=\"decision-signer-rule\"");
        html.ShouldNotContain("id=\"Decision_Signer\"");
    }
}
