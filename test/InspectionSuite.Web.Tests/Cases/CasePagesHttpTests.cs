using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text;
using System.Text.RegularExpressions;
using InspectionSuite.Cases;
using InspectionSuite.Web.Tests.Infrastructure;
using Shouldly;
using Xunit;

namespace InspectionSuite.Web.Tests.Cases;

/// <summary>The case pages (Razor) over HTTP with cookie sign-in: roles, visibility, antiforgery, field validation, conflicts, uploads.</summary>
public sealed class CasePagesHttpTests(CaseWebHost host) : IClassFixture<CaseWebHost>
{
    private async Task<TestClient> SignedInAsync(string userName)
    {
        var client = new TestClient(host.BaseAddress);
        (await client.LoginAsync(userName)).StatusCode.ShouldBe(HttpStatusCode.Redirect);
        return client;
    }

    /// <summary>Demo cases as the supervisor sees them (all of them).</summary>
    private async Task<IReadOnlyList<CaseListItemDto>> AllCasesAsync()
    {
        using var api = await host.ClientAsync("supervisor");
        return (await api.GetFromJsonAsync<PagedResultDto<CaseListItemDto>>("/api/cases?take=200", CaseWebHost.Json))!.Items;
    }

    private static FormUrlEncodedContent Form(string token, params (string Key, string Value)[] fields)
        => new(fields.Select(f => new KeyValuePair<string, string>(f.Key, f.Value)).Append(new("__RequestVerificationToken", token)));

    [Theory]
    [InlineData("inspector")]
    [InlineData("supervisor")]
    [InlineData("unitrep")]
    public async Task Should_open_the_inbox_the_case_list_and_a_visible_case(string userName)
    {
        using var client = await SignedInAsync(userName);
        (await client.Http.GetAsync("/Inbox")).StatusCode.ShouldBe(HttpStatusCode.OK);
        var list = await client.Http.GetAsync("/Cases");
        list.StatusCode.ShouldBe(HttpStatusCode.OK);
        var html = await list.Content.ReadAsStringAsync();
        var first = Regex.Match(html, "href=\"/Cases/Detail/([0-9a-f-]{36})\"");
        first.Success.ShouldBeTrue("the list shows at least one case");
        var detail = await client.Http.GetAsync($"/Cases/Detail/{first.Groups[1].Value}");
        detail.StatusCode.ShouldBe(HttpStatusCode.OK);
        var page = await detail.Content.ReadAsStringAsync();
        page.ShouldContain("class=\"mermaid\"");
        page.ShouldContain("id=\"timeline-list\"");
    }

    [Fact]
    public async Task Should_show_the_inspector_inbox_due_soonest_first_with_links_to_the_cases()
    {
        using var client = await SignedInAsync("inspector");
        var html = await client.Http.GetStringAsync("/Inbox");
        html.ShouldContain("id=\"inbox-table\"");
        html.ShouldContain("Đánh giá từng tiêu chí, lập biên bản kiểm tra"); // RunVisit on the demo check (noi-vu.check v2)
        var caseIds = Regex.Matches(html, "data-case-id=\"([0-9a-f-]{36})\"").Select(m => Guid.Parse(m.Groups[1].Value)).ToList();
        var all = await AllCasesAsync();
        caseIds.ShouldAllBe(id => all.Any(c => c.Id == id));
    }

    [Fact]
    public async Task Should_filter_the_case_list_by_state_and_unit_and_page_it()
    {
        using var client = await SignedInAsync("supervisor");
        var html = await client.Http.GetStringAsync("/Cases?state=OnSite");
        Regex.Matches(html, "data-state=\"([A-Za-z]+)\"").Select(m => m.Groups[1].Value).Where(s => s != "OnSite" && s.Length > 0)
            .ShouldBeEmpty();
        html = await client.Http.GetStringAsync("/Cases?unit=P01");
        Regex.Matches(html, "data-unit=\"([^\"]+)\"").Select(m => m.Groups[1].Value).Distinct().ShouldBe(["P01"]);
        html = await client.Http.GetStringAsync("/Cases?unit=khong-co-don-vi-nay");
        html.ShouldContain("id=\"unit-not-found\"");
        html = await client.Http.GetStringAsync("/Cases?sort=code");
        var codes = Regex.Matches(html, "class=\"case-link\">([^<]+)<").Select(m => m.Groups[1].Value).ToList();
        codes.ShouldBe(codes.Order(StringComparer.Ordinal).ToList());
    }

    [Fact]
    public async Task Should_answer_404_when_a_unit_representative_opens_another_units_case()
    {
        var other = (await AllCasesAsync()).First(c => c.UnitCode != "P01");
        using var client = await SignedInAsync("unitrep");
        var response = await client.Http.GetAsync($"/Cases/Detail/{other.Id}");
        response.StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await client.Http.GetAsync($"/Cases/Detail/{other.Id}?handler=Download&evidenceId={Guid.NewGuid()}")).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        var list = await client.Http.GetStringAsync("/Cases");
        list.ShouldNotContain(other.Id.ToString());

        // A post needs a token: take one from the representative's own case page; the foreign case still answers 404.
        var own = (await AllCasesAsync()).First(c => c.UnitCode == "P01");
        var token = TestClient.AntiforgeryToken(await client.Http.GetStringAsync($"/Cases/Detail/{own.Id}"));
        var post = await client.Http.PostAsync($"/Cases/Detail/{other.Id}?handler=Implementation", Form(token, ("Stamp", "x"), ("Implementation.SanctionId", Guid.NewGuid().ToString()),
            ("Implementation.Status", "Done"), ("Implementation.AmountRecoveredVnd", "0")));
        post.StatusCode.ShouldBeOneOf(HttpStatusCode.NotFound, HttpStatusCode.Forbidden);
    }

    [Fact]
    public async Task Should_forbid_inspector_handlers_to_a_unit_representative()
    {
        var own = (await AllCasesAsync()).First(c => c.UnitCode == "P01");
        using var client = await SignedInAsync("unitrep");
        var page = await client.Http.GetStringAsync($"/Cases/Detail/{own.Id}");
        page.ShouldNotContain("id=\"diary-form\"");
        var token = TestClient.AntiforgeryToken(page);
        var post = await client.Http.PostAsync($"/Cases/Detail/{own.Id}?handler=Diary", Form(token, ("Stamp", "x"), ("Diary.Date", "2026-01-01"), ("Diary.Text", "x")));
        post.StatusCode.ShouldBe(HttpStatusCode.Forbidden);
    }

    [Fact]
    public async Task Should_forbid_the_concluding_and_sanction_handlers_without_their_permission()
    {
        var own = (await AllCasesAsync()).First(c => c.UnitCode == "P01");
        using var unitrep = await SignedInAsync("unitrep");
        var page = await unitrep.Http.GetStringAsync($"/Cases/Detail/{own.Id}");
        page.ShouldNotContain("id=\"sanction-form\"");
        page.ShouldNotContain("id=\"publication-form\"");
        var token = TestClient.AntiforgeryToken(page);
        var stamp = Regex.Match(page, "name=\"Stamp\" value=\"([^\"]+)\"").Groups[1].Value;
        // The unit representative holds none of Cases.Sanction, Cases.Conclude, Cases.Edit: refused before the service runs.
        (await unitrep.Http.PostAsync($"/Cases/Detail/{own.Id}?handler=Sanction", Form(token, ("Stamp", stamp), ("Sanction.Type", "Recovery"),
            ("Sanction.Target", "Kế toán"), ("Sanction.AmountVnd", "1000000"), ("Sanction.Responsible", "Chủ tịch")))).StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        (await unitrep.Http.PostAsync($"/Cases/Detail/{own.Id}?handler=Publication", Form(token, ("Stamp", stamp), ("Publication.Channel", "Cổng"),
            ("Publication.From", "2026-01-01"), ("Publication.To", "2026-02-01")))).StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        (await unitrep.Http.PostAsync($"/Cases/Detail/{own.Id}?handler=WorkPlan", Form(token, ("Stamp", stamp), ("WorkPlan.Text", "Kế hoạch"))))
            .StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        using var after = await host.ClientAsync("supervisor");
        (await after.GetFromJsonAsync<CaseDto>($"/api/cases/{own.Id}", CaseWebHost.Json))!.ConcurrencyStamp.ShouldBe(stamp); // nothing changed
    }

    [Fact]
    public async Task Should_require_the_antiforgery_token_on_case_page_posts()
    {
        var onSite = (await AllCasesAsync()).First(c => c.State == CaseStates.OnSite);
        using var client = await SignedInAsync("inspector");
        foreach (var handler in new[] { "Fire", "Diary", "Minutes", "Checklist", "Finding", "Upload", "Extension", "Suspension", "Implementation",
                     "Decision", "WorkPlan", "Draft", "Dissent", "Appraisal", "Conclusion", "Publication", "Sanction", "CarryOver" })
        {
            var response = await client.Http.PostAsync($"/Cases/Detail/{onSite.Id}?handler={handler}",
                new FormUrlEncodedContent(new Dictionary<string, string> { ["Stamp"] = "x", ["trigger"] = "EndOnSite", ["version"] = "1" }));
            response.StatusCode.ShouldBe(HttpStatusCode.BadRequest, handler);
        }
    }

    [Fact]
    public async Task Should_show_field_messages_when_a_form_is_invalid_and_change_nothing()
    {
        var onSite = (await AllCasesAsync()).First(c => c.State == CaseStates.OnSite);
        using var client = await SignedInAsync("inspector");
        var page = await client.Http.GetStringAsync($"/Cases/Detail/{onSite.Id}");
        var stamp = Regex.Match(page, "name=\"Stamp\" value=\"([^\"]+)\"").Groups[1].Value;
        var response = await client.Http.PostAsync($"/Cases/Detail/{onSite.Id}?handler=Minutes",
            Form(TestClient.AntiforgeryToken(page), ("Stamp", stamp), ("Minutes.Title", ""), ("Minutes.HeldOn", "2026-03-01"), ("Minutes.Content", "Nội dung")));
        response.StatusCode.ShouldBe(HttpStatusCode.UnprocessableEntity);
        var html = await response.Content.ReadAsStringAsync();
        html.ShouldContain("data-valmsg-for=\"Minutes.Title\"");
        Regex.IsMatch(html, "data-valmsg-for=\"Minutes.Title\"[^>]*>Trường này là bắt buộc.").ShouldBeTrue();
        html.ShouldContain("value=\"2026-03-01\""); // what was typed stays
        (await client.Http.GetStringAsync($"/Cases/Detail/{onSite.Id}")).ShouldContain("Chưa có biên bản.");
    }

    [Fact]
    public async Task Should_accept_an_addition_on_a_stale_page_and_bring_a_conflicting_edit_back_with_what_was_typed()
    {
        var onSite = (await AllCasesAsync()).First(c => c.State == CaseStates.OnSite);
        using var client = await SignedInAsync("inspector");
        var page = await client.Http.GetStringAsync($"/Cases/Detail/{onSite.Id}");
        var token = TestClient.AntiforgeryToken(page);
        var stamp = Regex.Match(page, "name=\"Stamp\" value=\"([^\"]+)\"").Groups[1].Value;
        var version = Regex.Match(page, "name=\"version\" value=\"(\\d+)\"");
        // Someone else adds a diary entry; a second diary entry from the page read before is an addition too (issue 18: it
        // used to be refused as "saved by someone else" on a dead-end page, and the typed text was lost).
        (await client.Http.PostAsync($"/Cases/Detail/{onSite.Id}?handler=Diary", Form(token, ("Stamp", stamp), ("Diary.Date", "2026-03-02"), ("Diary.Text", "Ngày 1"))))
            .StatusCode.ShouldBe(HttpStatusCode.Redirect);
        (await client.Http.PostAsync($"/Cases/Detail/{onSite.Id}?handler=Diary", Form(token, ("Stamp", stamp), ("Diary.Date", "2026-03-03"), ("Diary.Text", "Ngày 2"))))
            .StatusCode.ShouldBe(HttpStatusCode.Redirect);
        var now = await client.Http.GetStringAsync($"/Cases/Detail/{onSite.Id}");
        now.ShouldContain("Ngày 1");
        now.ShouldContain("Ngày 2");

        // An edit of the case itself made on the stale page is a conflict: the page comes back (not the error page) with
        // the warning, what was typed, and the current stamp, so saving again applies it.
        var stale = await client.Http.PostAsync($"/Cases/Detail/{onSite.Id}?handler=OnSite",
            Form(token, ("Stamp", stamp), ("OnSite.Start", "2026-03-01"), ("OnSite.End", "2026-03-27")));
        stale.StatusCode.ShouldBe(HttpStatusCode.Conflict);
        var html = await stale.Content.ReadAsStringAsync();
        html.ShouldContain("id=\"conflict\"");
        html.ShouldNotContain("id=\"business-error\"");
        html.ShouldContain("value=\"2026-03-27\"");
        var fresh = Regex.Match(html, "name=\"Stamp\" value=\"([^\"]+)\"").Groups[1].Value;
        fresh.ShouldNotBe(stamp);

        if (version.Success)
        {
            var fired = await client.Http.PostAsync($"/Cases/Detail/{onSite.Id}?handler=Fire",
                Form(token, ("trigger", CaseTriggers.EndOnSite), ("version", (int.Parse(version.Groups[1].Value) - 1).ToString())));
            fired.StatusCode.ShouldBeOneOf(HttpStatusCode.Conflict, HttpStatusCode.BadRequest);
        }
    }

    [Fact]
    public async Task Should_upload_evidence_with_a_plain_form_post_and_download_it_through_the_page()
    {
        var onSite = (await AllCasesAsync()).First(c => c.State == CaseStates.OnSite);
        using var client = await SignedInAsync("inspector");
        var page = await client.Http.GetStringAsync($"/Cases/Detail/{onSite.Id}");
        var stamp = Regex.Match(page, "name=\"Stamp\" value=\"([^\"]+)\"").Groups[1].Value;
        using var form = new MultipartFormDataContent();
        form.Add(new StringContent(TestClient.AntiforgeryToken(page)), "__RequestVerificationToken");
        form.Add(new StringContent(stamp), "Stamp");
        form.Add(new StringContent("Biên bản làm việc"), "description");
        foreach (var name in new[] { "bien-ban-1.txt", "bien-ban-2.txt" })
        {
            var file = new ByteArrayContent(Encoding.UTF8.GetBytes("Nội dung " + name));
            file.Headers.ContentType = new MediaTypeHeaderValue("text/plain");
            form.Add(file, "files", name);
        }
        var response = await client.Http.PostAsync($"/Cases/Detail/{onSite.Id}?handler=Upload", form);
        response.StatusCode.ShouldBe(HttpStatusCode.Redirect, await response.Content.ReadAsStringAsync());
        var after = await client.Http.GetStringAsync($"/Cases/Detail/{onSite.Id}");
        after.ShouldContain("bien-ban-1.txt");
        after.ShouldContain("bien-ban-2.txt");
        var link = Regex.Match(after, "href=\"(/Cases/Detail/[^\"]+handler=Download[^\"]+)\"").Groups[1].Value.Replace("&amp;", "&");
        var download = await client.Http.GetAsync(link);
        download.StatusCode.ShouldBe(HttpStatusCode.OK);
        download.Content.Headers.ContentType!.MediaType.ShouldBe("application/octet-stream");
        download.Content.Headers.ContentDisposition!.DispositionType.ShouldBe("attachment");
    }
}
