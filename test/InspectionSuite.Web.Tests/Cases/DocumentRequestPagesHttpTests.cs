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

/// <summary>The document-request section of the case page over HTTP: the team asks and returns, the unit answers (plain form posts, antiforgery, field validation).</summary>
public sealed class DocumentRequestPagesHttpTests(CaseWebHost host) : IClassFixture<CaseWebHost>
{
    private async Task<TestClient> SignedInAsync(string userName)
    {
        var client = new TestClient(host.BaseAddress);
        (await client.LoginAsync(userName)).StatusCode.ShouldBe(HttpStatusCode.Redirect);
        return client;
    }

    private async Task<Guid> DemoCaseOnMyUnitAsync()
    {
        using var api = await host.ClientAsync("supervisor");
        var cases = (await api.GetFromJsonAsync<PagedResultDto<CaseListItemDto>>("/api/cases?take=200", CaseWebHost.Json))!.Items;
        return cases.First(c => c.UnitCode == "P01" && c.State == CaseStates.OnSite).Id;
    }

    private static string Stamp(string html) => Regex.Match(html, "name=\"Stamp\" value=\"([^\"]+)\"").Groups[1].Value;

    private static FormUrlEncodedContent Form(string html, params (string Key, string Value)[] fields)
        => new(fields.Select(f => new KeyValuePair<string, string>(f.Key, f.Value))
            .Append(new("Stamp", Stamp(html))).Append(new("__RequestVerificationToken", TestClient.AntiforgeryToken(html))));

    [Fact]
    public async Task Should_let_the_team_ask_the_unit_answer_and_the_team_return_with_a_reason()
    {
        var caseId = await DemoCaseOnMyUnitAsync();
        var detail = $"/Cases/Detail/{caseId}";
        using var inspector = await SignedInAsync("inspector");
        var html = await inspector.Http.GetStringAsync(detail);
        html.ShouldContain("id=\"request-form\"");

        var invalid = await inspector.Http.PostAsync($"{detail}?handler=RequestDocuments", Form(html, ("NewRequest.Title", "")));
        invalid.StatusCode.ShouldBe(HttpStatusCode.UnprocessableEntity);
        (await invalid.Content.ReadAsStringAsync()).ShouldContain("field-validation-error");

        var created = await inspector.Http.PostAsync($"{detail}?handler=RequestDocuments", Form(html, ("NewRequest.Title", "Sổ theo dõi văn bản đến năm 2026")));
        created.StatusCode.ShouldBe(HttpStatusCode.Redirect);

        using var unitrep = await SignedInAsync("unitrep");
        var repHtml = await unitrep.Http.GetStringAsync(detail);
        repHtml.ShouldNotContain("id=\"request-form\"");
        // The request is the last one opened before its title.
        var titleAt = repHtml.IndexOf("Sổ theo dõi văn bản đến năm 2026", StringComparison.Ordinal);
        titleAt.ShouldBeGreaterThan(0);
        var requestId = Regex.Matches(repHtml[..titleAt], "data-request-id=\"([0-9a-f-]{36})\" data-status=\"Open\"").Last().Groups[1].Value;
        using var answer = new MultipartFormDataContent
        {
            { new StringContent(Stamp(repHtml)), "Stamp" },
            { new StringContent(TestClient.AntiforgeryToken(repHtml)), "__RequestVerificationToken" },
            { new StringContent(requestId), "requestId" },
            { new StringContent("Gửi bản chụp sổ."), "note" },
        };
        var file = new ByteArrayContent(Encoding.UTF8.GetBytes("Sổ văn bản đến"));
        file.Headers.ContentType = new MediaTypeHeaderValue("text/plain");
        answer.Add(file, "files", "so-van-ban-den.txt");
        (await unitrep.Http.PostAsync($"{detail}?handler=AnswerRequest", answer)).StatusCode.ShouldBe(HttpStatusCode.Redirect);

        html = await inspector.Http.GetStringAsync(detail);
        html.ShouldContain("so-van-ban-den.txt");
        html.ShouldContain("class=\"accept-form\"");
        var returned = await inspector.Http.PostAsync($"{detail}?handler=ReturnRequest", Form(html, ("requestId", requestId), ("reason", "Thiếu trang 3")));
        returned.StatusCode.ShouldBe(HttpStatusCode.Redirect);

        repHtml = await unitrep.Http.GetStringAsync(detail);
        repHtml.ShouldContain("Thiếu trang 3");
        repHtml.ShouldContain($"data-request-id=\"{requestId}\" data-status=\"Returned\"");
    }

    [Fact]
    public async Task Should_show_my_unit_to_the_representative_only()
    {
        using var unitrep = await SignedInAsync("unitrep");
        var html = await unitrep.Http.GetStringAsync("/MyUnit");
        html.ShouldContain("id=\"my-unit-table\"");
        html.ShouldContain($"/Cases/Detail/{await DemoCaseOnMyUnitAsync()}#document-requests");
        using var inspector = await SignedInAsync("inspector");
        (await inspector.Http.GetAsync("/MyUnit")).StatusCode.ShouldBe(HttpStatusCode.Forbidden);
    }
}
