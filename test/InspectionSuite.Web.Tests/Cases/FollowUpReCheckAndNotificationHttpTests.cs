using System.Net;
using System.Net.Http.Json;
using System.Text.RegularExpressions;
using InspectionSuite.Cases;
using InspectionSuite.Notifications;
using InspectionSuite.Web.Tests.Infrastructure;
using InspectionSuite.Workflows.Contracts;
using Microsoft.Extensions.DependencyInjection;
using Shouldly;
using Xunit;

namespace InspectionSuite.Web.Tests.Cases;

/// <summary>The re-check section of the case workspace and the notifications page / bell / API over HTTP with the real host.</summary>
public sealed class FollowUpReCheckAndNotificationHttpTests(CaseWebHost host) : IClassFixture<CaseWebHost>
{
    private async Task<TestClient> SignedInAsync(string userName)
    {
        var client = new TestClient(host.BaseAddress);
        (await client.LoginAsync(userName)).StatusCode.ShouldBe(HttpStatusCode.Redirect);
        return client;
    }

    private async Task<CaseListItemDto> FollowUpCaseAsync()
    {
        using var api = await host.ClientAsync("supervisor");
        return (await api.GetFromJsonAsync<PagedResultDto<CaseListItemDto>>("/api/cases?take=200", CaseWebHost.Json))!.Items.First(c => c.State == CaseStates.FollowUp);
    }

    private static FormUrlEncodedContent Form(string token, params (string Key, string Value)[] fields)
        => new(fields.Select(f => new KeyValuePair<string, string>(f.Key, f.Value)).Append(new("__RequestVerificationToken", token)));

    private static string Stamp(string html) => Regex.Match(html, "id=\"re-check-order-form\".*?name=\"Stamp\" value=\"([^\"]+)\"", RegexOptions.Singleline).Groups[1].Value;

    [Fact]
    public async Task Should_order_a_re_check_from_the_case_workspace_with_field_messages_when_invalid()
    {
        var c = await FollowUpCaseAsync();
        using var client = await SignedInAsync("supervisor");
        var page = await client.Http.GetStringAsync($"/Cases/Detail/{c.Id}");
        page.ShouldContain("id=\"re-check\"");
        page.ShouldContain("id=\"re-check-order-form\"");
        var inspector2 = Regex.Match(page, "<option value=\"([0-9a-f-]{36})\"[^>]*>[^<]*\\(inspector2\\)").Groups[1].Value;
        inspector2.ShouldNotBeEmpty();

        var invalid = await client.Http.PostAsync($"/Cases/ReCheck/{c.Id}?handler=Order", Form(TestClient.AntiforgeryToken(page), ("Stamp", Stamp(page)),
            ("Order.DecisionNumber", ""), ("Order.DecidedOn", "2026-03-02"), ("Order.Scope", "Kiểm tra lại việc khắc phục"), ("Order.InspectorIds", inspector2)));
        invalid.StatusCode.ShouldBe(HttpStatusCode.UnprocessableEntity);
        var html = await invalid.Content.ReadAsStringAsync();
        html.ShouldContain("id=\"form-errors\"");
        html.ShouldContain("Trường này là bắt buộc.");
        html.ShouldContain("Kiểm tra lại việc khắc phục"); // what was typed stays

        page = await client.Http.GetStringAsync($"/Cases/Detail/{c.Id}");
        page.ShouldContain("id=\"re-check-empty\"");
        var ok = await client.Http.PostAsync($"/Cases/ReCheck/{c.Id}?handler=Order", Form(TestClient.AntiforgeryToken(page), ("Stamp", Stamp(page)),
            ("Order.DecisionNumber", "30/QĐ-SNV"), ("Order.DecidedOn", "2026-03-02"), ("Order.Scope", "Kiểm tra lại việc khắc phục"), ("Order.InspectorIds", inspector2)));
        ok.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        ok.Headers.Location!.ToString().ShouldBe($"/Cases/Detail/{c.Id}#re-check");
        page = await client.Http.GetStringAsync($"/Cases/Detail/{c.Id}");
        page.ShouldContain("30/QĐ-SNV");
        page.ShouldContain("class=\"row g-2 mt-1 re-check-result-form\"");

        using var api = await host.ClientAsync("inspector2");
        var reChecks = await api.GetFromJsonAsync<List<ReCheckDto>>($"/api/cases/{c.Id}/follow-up/re-checks", CaseWebHost.Json);
        reChecks!.Single().DecisionNumber.ShouldBe("30/QĐ-SNV");

        // Without the antiforgery token, and for a role without Cases.FollowUp, nothing is written.
        (await client.Http.PostAsync($"/Cases/ReCheck/{c.Id}?handler=Order", new FormUrlEncodedContent(new Dictionary<string, string> { ["Stamp"] = "x" })))
            .StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        using var leader = await SignedInAsync("leader");
        var leaderPage = await leader.Http.GetStringAsync($"/Cases/Detail/{c.Id}");
        leaderPage.ShouldNotContain("id=\"re-check-order-form\"");
        var leaderToken = await leader.GetTokenAsync("/Notifications"); // the workspace offers the leader no form at all
        (await leader.Http.PostAsync($"/Cases/ReCheck/{c.Id}?handler=Order", Form(leaderToken, ("Stamp", "x"))))
            .StatusCode.ShouldBe(HttpStatusCode.Forbidden);
    }

    /// <summary>
    /// The re-check page has no try/catch of its own: a post on a stale page is the [FormErrors] filter's conflict answer
    /// (409, the form as typed, the current stamp), as on the case page, not the error page.
    /// </summary>
    [Fact]
    public async Task Should_bring_a_stale_re_check_order_back_as_typed_with_the_conflict()
    {
        var c = await FollowUpCaseAsync();
        using var client = await SignedInAsync("supervisor");
        var page = await client.Http.GetStringAsync($"/Cases/Detail/{c.Id}");
        var inspector2 = Regex.Match(page, "<option value=\"([0-9a-f-]{36})\"[^>]*>[^<]*\\(inspector2\\)").Groups[1].Value;
        var current = Stamp(page);
        current.ShouldNotBeEmpty();
        const string stale = "stamp-of-an-older-page"; // the case was saved by someone else since the page was read

        var conflict = await client.Http.PostAsync($"/Cases/ReCheck/{c.Id}?handler=Order", Form(TestClient.AntiforgeryToken(page), ("Stamp", stale),
            ("Order.DecisionNumber", "31/QĐ-SNV"), ("Order.DecidedOn", "2026-03-04"), ("Order.Scope", "Phạm vi gõ lúc trang đã cũ"), ("Order.InspectorIds", inspector2)));

        conflict.StatusCode.ShouldBe(HttpStatusCode.Conflict);
        var html = await conflict.Content.ReadAsStringAsync();
        html.ShouldContain("id=\"conflict\"");
        html.ShouldNotContain("id=\"business-error\"");
        html.ShouldContain("Phạm vi gõ lúc trang đã cũ"); // what was typed stays
        Stamp(html).ShouldNotBe(stale); // the form now carries a current stamp, not the stale one: saving again applies it
        (await client.Http.GetStringAsync($"/Cases/Detail/{c.Id}")).ShouldNotContain("31/QĐ-SNV"); // nothing written
    }

    [Fact]
    public async Task Should_show_the_supervisors_notifications_with_the_bell_and_let_only_them_mark_it_read()
    {
        var c = await FollowUpCaseAsync();
        var notice = new OverdueNotice(Guid.NewGuid(), c.Id.ToString(), "noi-vu.check", "Reporting", "ResultsReportDue", DateTime.UtcNow.AddDays(-1), ["Supervisor"]);
        await host.App.Services.GetRequiredService<IWorkflowNotifier>().NotifyOverdueAsync(notice, default);

        using var supervisor = await SignedInAsync("supervisor");
        var html = await supervisor.Http.GetStringAsync("/Notifications");
        var item = Regex.Match(html, "data-notification-id=\"([0-9a-f-]{36})\" data-read=\"false\">.*?</li>", RegexOptions.Singleline);
        item.Success.ShouldBeTrue();
        item.Value.ShouldContain($"Quá hạn: {c.Code}");
        item.Value.ShouldContain("báo cáo kết quả");
        var id = Guid.Parse(item.Groups[1].Value);
        var unread = int.Parse(Regex.Match(html, "id=\"notification-bell\"[^>]*data-unread=\"(\\d+)\"").Groups[1].Value);
        unread.ShouldBeGreaterThanOrEqualTo(1);
        html.ShouldContain("id=\"notification-count\"");

        using var inspector = await SignedInAsync("inspector");
        (await inspector.Http.GetStringAsync("/Notifications")).ShouldNotContain(id.ToString());
        using (var api = await host.ClientAsync("inspector"))
        {
            (await api.GetFromJsonAsync<PagedResultDto<NotificationDto>>("/api/notifications?take=200", CaseWebHost.Json))!.Items.ShouldNotContain(n => n.Id == id);
            (await api.PostAsync($"/api/notifications/{id}/read", null)).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        }

        var read = await supervisor.Http.PostAsync("/Notifications?handler=Read", Form(TestClient.AntiforgeryToken(html), ("notificationId", id.ToString())));
        read.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        html = await supervisor.Http.GetStringAsync("/Notifications");
        html.ShouldContain($"data-notification-id=\"{id}\" data-read=\"true\"");
        int.Parse(Regex.Match(html, "id=\"notification-bell\"[^>]*data-unread=\"(\\d+)\"").Groups[1].Value).ShouldBe(unread - 1);
        (await supervisor.Http.GetStringAsync("/Notifications?unread=true")).ShouldNotContain(id.ToString());

        using var supervisorApi = await host.ClientAsync("supervisor");
        var mine = await supervisorApi.GetFromJsonAsync<PagedResultDto<NotificationDto>>("/api/notifications?take=200", CaseWebHost.Json);
        mine!.Items.Single(n => n.Id == id).ReadAtUtc.ShouldNotBeNull();
        (await supervisorApi.PostAsync($"/api/notifications/{id}/read", null)).StatusCode.ShouldBe(HttpStatusCode.OK);
    }
}
