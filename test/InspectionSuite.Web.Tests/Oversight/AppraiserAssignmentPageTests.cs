using System.Net;
using System.Net.Http.Json;
using System.Text.RegularExpressions;
using InspectionSuite.Cases;
using InspectionSuite.Web.Tests.Browser;
using InspectionSuite.Web.Tests.Cases;
using InspectionSuite.Web.Tests.Infrastructure;
using Shouldly;
using Xunit;

namespace InspectionSuite.Web.Tests.Oversight;

/// <summary>
/// Issue 14, "appraisal by an appraiser who is NOT on the team, assigned with a deadline": on /Supervision/Assign the
/// supervisor names the appraiser of a draft. The reassign list of the AppraiseDraft task offers exactly the holders of
/// Cases.Appraise outside the case's team (demo: supervisor, appraiser, admin; never the team's inspectors nor the
/// leader), and the page refuses a user outside that list even when posted by hand.
/// </summary>
public sealed class AppraiserAssignmentPageTests(CaseWebHost host) : IClassFixture<CaseWebHost>
{
    private static readonly System.Text.Json.JsonSerializerOptions J = CaseWebHost.Json;

    private static IReadOnlyList<string> OfferedUsers(string html, string task)
    {
        var row = Regex.Match(html, $"<tr data-task=\"{task}\">(.*?)</tr>", RegexOptions.Singleline);
        row.Success.ShouldBeTrue(task);
        return Regex.Matches(row.Groups[1].Value, "data-user=\"([^\"]+)\"").Select(m => m.Groups[1].Value).ToList();
    }

    private static string OptionValue(string html, string task, string userName)
        => Regex.Match(Regex.Match(html, $"<tr data-task=\"{task}\">(.*?)</tr>", RegexOptions.Singleline).Groups[1].Value,
            $"<option value=\"([^\"]+)\"[^>]*data-user=\"{userName}\"").Groups[1].Value;

    private static string TaskId(string html, string task)
        => Regex.Match(Regex.Match(html, $"<tr data-task=\"{task}\">(.*?)</tr>", RegexOptions.Singleline).Groups[1].Value,
            "name=\"taskId\" value=\"([^\"]+)\"").Groups[1].Value;

    [Fact]
    public async Task The_appraisal_task_offers_only_appraisers_outside_the_team_and_the_page_hands_it_to_the_named_appraiser()
    {
        var api = new CaseJourneyApi(host.BaseAddress);
        var c = await api.CaseInReportingAsync("P02", "Thử giao người thẩm định");
        using (var inspector = await host.ClientAsync("inspector"))
        {
            var today = DateOnly.FromDateTime(DateTime.UtcNow.AddHours(7));
            var r = await inspector.PutAsJsonAsync($"/api/cases/{c.Id}/results-report", new AttachResultsReportDto("4/BC", today, "Báo cáo kết quả", c.ConcurrencyStamp), J);
            r.EnsureSuccessStatusCode();
            c = (await r.Content.ReadFromJsonAsync<CaseDto>(J))!;
            var fired = await inspector.PostAsJsonAsync($"/api/cases/{c.Id}/triggers/{CaseTriggers.SubmitResultsReport}", new { expectedVersion = c.WorkflowVersion }, J);
            fired.EnsureSuccessStatusCode();
            (await fired.Content.ReadFromJsonAsync<CaseDto>(J))!.State.ShouldBe(CaseStates.Concluding);
        }
        c.Team.Select(m => m.UserName).ShouldBe(["inspector", "inspector2"], ignoreOrder: true);

        using var supervisor = new TestClient(host.BaseAddress);
        (await supervisor.LoginAsync("supervisor")).StatusCode.ShouldBe(HttpStatusCode.Redirect);
        var page = $"/Supervision/Assign?id={c.Id}";
        var html = await supervisor.Http.GetStringAsync(page);

        // The holders of Cases.Appraise (Supervisor and Admin roles by default) outside the team; not the team, not the leader.
        OfferedUsers(html, "AppraiseDraft").ShouldBe(["admin", "appraiser", "supervisor"], ignoreOrder: true);
        // A task without a rule offers its role's users: the team's draft goes to inspectors, the signature to leaders.
        OfferedUsers(html, "DraftConclusion").ShouldBe(["inspector", "inspector2"], ignoreOrder: true);
        OfferedUsers(html, "SignConclusion").ShouldBe(["leader"]);

        // A team member posted by hand is refused and the task stays with the Supervisor pool.
        var taskId = TaskId(html, "AppraiseDraft");
        var inspector2 = OptionValue(html, "DraftConclusion", "inspector2");
        var refused = await supervisor.Http.PostAsync(page + "&handler=Reassign", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["id"] = c.Id.ToString(), ["taskId"] = taskId, ["toUserId"] = inspector2,
            ["__RequestVerificationToken"] = TestClient.AntiforgeryToken(html),
        }));
        refused.StatusCode.ShouldNotBe(HttpStatusCode.Redirect);
        (await refused.Content.ReadAsStringAsync()).ShouldContain(LocalizationTexts.Vi["Inspection:040701"]);
        TaskId(await supervisor.Http.GetStringAsync(page), "AppraiseDraft").ShouldBe(taskId);

        // The named appraiser gets it.
        var moved = await supervisor.Http.PostAsync(page + "&handler=Reassign", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["id"] = c.Id.ToString(), ["taskId"] = taskId, ["toUserId"] = OptionValue(html, "AppraiseDraft", "appraiser"),
            ["__RequestVerificationToken"] = TestClient.AntiforgeryToken(html),
        }));
        moved.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        var after = await supervisor.Http.GetStringAsync(page);
        Regex.Match(after, "<tr data-task=\"AppraiseDraft\">(.*?)</tr>", RegexOptions.Singleline).Groups[1].Value.ShouldContain("Đỗ Thị Thẩm Định");
    }
}
