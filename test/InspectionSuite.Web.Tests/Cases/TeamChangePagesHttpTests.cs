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
/// Issue 16 over HTTP: after the decision the supervisor no longer replaces the team (PUT /team refused, the Assign page
/// says who changes it); the người ra quyết định (leader) changes it on the case page (section "Thay đổi thành viên
/// Đoàn", with confirmation), the history is shown, and its decision downloads as a document; the team gets no form and
/// its post is refused.
/// </summary>
public sealed class TeamChangePagesHttpTests(CaseWebHost host) : IClassFixture<CaseWebHost>
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

    /// <summary>A new inspection on P01 with the demo team (inspector leads, inspector2 member), decided.</summary>
    private async Task<(CaseDto Case, IReadOnlyList<TeamMemberDto> Team)> DecidedAsync()
    {
        using var supervisor = await host.ClientAsync("supervisor");
        // A seeded demo case (the oldest): this class's own cases have changed teams.
        var demo = (await Ok<PagedResultDto<CaseListItemDto>>(await supervisor.GetAsync("/api/cases?take=200"))).Items
            .Where(i => i.DecisionNumber is not null && i.Kind == CaseKind.Inspection).MinBy(i => i.CreationTime)!;
        var team = (await Ok<CaseDto>(await supervisor.GetAsync($"/api/cases/{demo.Id}"))).Team;
        var unitId = (await supervisor.GetFromJsonAsync<JsonElement>("/api/units?filter=P01&take=50")).GetProperty("items").EnumerateArray()
            .First(u => u.GetProperty("code").GetString() == "P01").GetProperty("id").GetGuid();
        var c = await Ok<CaseDto>(await supervisor.PostAsJsonAsync("/api/cases", new CreateCaseDto(CaseKind.Inspection, AuthorityCode.ThanhTra, unitId,
            $"Thanh tra thay đổi đoàn {Guid.NewGuid():N}", "2026", "KH 534", null, null, null), J));
        c = await Ok<CaseDto>(await supervisor.PutAsJsonAsync($"/api/cases/{c.Id}/decision", new RecordDecisionDto("88/QĐ-TTr", Today, "Chánh Thanh tra - Nguyễn Văn Chánh", c.ConcurrencyStamp), J));
        c = await Ok<CaseDto>(await supervisor.PutAsJsonAsync($"/api/cases/{c.Id}/team", new AssignTeamDto(team.Single(m => m.IsLeader).UserId,
            team.Where(m => !m.IsLeader).Select(m => m.UserId).ToList(), c.ConcurrencyStamp), J));
        var fresh = await Ok<CaseDto>(await supervisor.GetAsync($"/api/cases/{c.Id}"));
        using var leader = await host.ClientAsync("leader"); // the người ra quyết định issues the decision (v4)
        c = await Ok<CaseDto>(await leader.PostAsJsonAsync($"/api/cases/{c.Id}/triggers/{CaseTriggers.Decide}", new FireTriggerDto(fresh.WorkflowVersion, null), J));
        return (c, team);
    }

    [Fact]
    public async Task The_leader_changes_the_team_on_the_case_page_and_the_history_and_document_follow()
    {
        var (c, team) = await DecidedAsync();
        var member = team.Single(m => !m.IsLeader);

        // The supervisor's direct assignment is over once the decision is issued.
        using (var supervisorApi = await host.ClientAsync("supervisor"))
        {
            var refused = await supervisorApi.PutAsJsonAsync($"/api/cases/{c.Id}/team", new AssignTeamDto(member.UserId, [], c.ConcurrencyStamp), J);
            refused.IsSuccessStatusCode.ShouldBeFalse();
            (await refused.Content.ReadAsStringAsync()).ShouldContain(TeamChangeErrorCodes.TeamFixedByDecision);
        }

        // The team sees no form and its post is refused.
        using var inspector = await SignedInAsync("inspector");
        var page = await inspector.Http.GetStringAsync($"/Cases/Detail/{c.Id}");
        page.ShouldNotContain("id=\"team-change-form\"");
        (await inspector.Http.PostAsync($"/Cases/Detail/{c.Id}?handler=ChangeTeam", Form(TestClient.AntiforgeryToken(page), ("Stamp", Stamp(page)),
            ("ChangeTeam.RemoveUserId", member.UserId.ToString()), ("ChangeTeam.Reason", "Thôi"), ("ChangeTeam.On", Today.ToString("yyyy-MM-dd"))))).StatusCode.ShouldBe(HttpStatusCode.Forbidden);

        // The leader: without a reason the form comes back (422) and nothing is recorded.
        using var leader = await SignedInAsync("leader");
        page = await leader.Http.GetStringAsync($"/Cases/Detail/{c.Id}");
        page.ShouldContain("id=\"team-change-form\"");
        page.ShouldContain("data-confirm=\"" + LocalizationTexts.Vi["TeamChange.Confirm"]);
        var noReason = await leader.Http.PostAsync($"/Cases/Detail/{c.Id}?handler=ChangeTeam", Form(TestClient.AntiforgeryToken(page), ("Stamp", Stamp(page)),
            ("ChangeTeam.RemoveUserId", member.UserId.ToString()), ("ChangeTeam.Reason", ""), ("ChangeTeam.On", Today.ToString("yyyy-MM-dd"))));
        noReason.StatusCode.ShouldBe(HttpStatusCode.UnprocessableEntity);
        using var leaderApi = await host.ClientAsync("leader");
        (await Ok<CaseDto>(await leaderApi.GetAsync($"/api/cases/{c.Id}"))).TeamChanges.ShouldBeEmpty();

        var done = await leader.Http.PostAsync($"/Cases/Detail/{c.Id}?handler=ChangeTeam", Form(TestClient.AntiforgeryToken(page), ("Stamp", Stamp(page)),
            ("ChangeTeam.RemoveUserId", member.UserId.ToString()), ("ChangeTeam.Reason", "Được điều động làm nhiệm vụ khác <b>gấp</b>"), ("ChangeTeam.On", Today.ToString("yyyy-MM-dd"))));
        done.StatusCode.ShouldBe(HttpStatusCode.Redirect);

        var after = await Ok<CaseDto>(await leaderApi.GetAsync($"/api/cases/{c.Id}"));
        after.Team.ShouldHaveSingleItem().IsLeader.ShouldBeTrue();
        var row = after.TeamChanges.ShouldHaveSingleItem();
        row.RemovedUserId.ShouldBe(member.UserId);
        row.DecidedBy.ShouldBe("Phạm Minh Lãnh Đạo");

        page = await inspector.Http.GetStringAsync($"/Cases/Detail/{c.Id}");
        page.ShouldContain("id=\"team-change-history\"");
        page.ShouldContain(member.FullName);
        page.ShouldContain("&lt;b&gt;gấp&lt;/b&gt;"); // user text encoded
        page.ShouldContain(LocalizationTexts.Vi["TeamChange.NotIssued"]);

        var docx = await leaderApi.GetAsync($"/api/cases/{c.Id}/documents/team-change-decision?minutesId={row.Id}");
        docx.StatusCode.ShouldBe(HttpStatusCode.OK, await docx.Content.ReadAsStringAsync());
        docx.Content.Headers.ContentType!.MediaType.ShouldBe("application/vnd.openxmlformats-officedocument.wordprocessingml.document");
    }

    [Fact]
    public async Task The_api_refuses_the_team_and_records_the_leaders_change()
    {
        var (c, team) = await DecidedAsync();
        var member = team.Single(m => !m.IsLeader);
        using var inspectorApi = await host.ClientAsync("inspector");
        (await inspectorApi.PostAsJsonAsync($"/api/cases/{c.Id}/team-changes", new ChangeTeamDto(null, false, member.UserId, "Thôi", null, c.ConcurrencyStamp), J))
            .StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        using var leaderApi = await host.ClientAsync("leader");
        var changed = await Ok<CaseDto>(await leaderApi.PostAsJsonAsync($"/api/cases/{c.Id}/team-changes",
            new ChangeTeamDto(member.UserId, true, null, "Trưởng đoàn nghỉ ốm", null, c.ConcurrencyStamp), J));
        changed.Team.Single(m => m.IsLeader).UserId.ShouldBe(member.UserId);
        var row = changed.TeamChanges.ShouldHaveSingleItem();
        row.AddedAsLeader.ShouldBeTrue();
        row.RemovedWasLeader.ShouldBeTrue();
        row.RemovedUserId.ShouldBe(team.Single(m => m.IsLeader).UserId);
    }
}
