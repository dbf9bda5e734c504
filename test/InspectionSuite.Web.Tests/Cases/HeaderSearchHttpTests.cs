using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using InspectionSuite.Cases;
using InspectionSuite.Organization;
using InspectionSuite.Web.Tests.Browser;
using InspectionSuite.Web.Tests.Infrastructure;
using Pages = InspectionSuite.Web.Pages;
using Shouldly;
using Xunit;

namespace InspectionSuite.Web.Tests.Cases;

/// <summary>
/// Issue 18: the header search finds cases by code, decision number, unit and subject, only among the cases the user may
/// see (the case list's visibility, the results page being /Cases?q=, paged).
/// </summary>
public sealed class HeaderSearchHttpTests(CaseWebHost host) : IClassFixture<CaseWebHost>
{
    private const string Word = "Thanh tra tra cứu Q18";

    private static async Task<string> ResultsAsync(TestClient client, string q)
        => WebUtility.HtmlDecode(await client.Http.GetStringAsync($"/Cases?q={Uri.EscapeDataString(q)}"));

    [Fact]
    public async Task Should_find_only_visible_cases_and_never_another_units_or_an_unannounced_case_for_a_unit_representative()
    {
        var api = new CaseJourneyApi(host.BaseAddress);
        var otherUnit = await api.CaseOnSiteAsync("P03", Word + " đơn vị khác");     // announced, another unit
        var ownAnnounced = await api.CaseOnSiteAsync("P01", Word + " đã công bố");   // Phường Cẩm Thành, announced
        using var supervisorApi = await api.ClientAsync("supervisor");
        var units = await supervisorApi.GetFromJsonAsync<JsonElement>("/api/units?filter=P01&take=50");
        var p01 = units.GetProperty("items").EnumerateArray().First(u => u.GetProperty("code").GetString() == "P01").GetProperty("id").GetGuid();
        var created = await supervisorApi.PostAsJsonAsync("/api/cases", new CreateCaseDto(CaseKind.Inspection, AuthorityCode.ThanhTra, p01,
            Word + " chưa công bố", "2026", "KH 534", null, null, null), CaseWebHost.Json);
        var unannounced = (await created.Content.ReadFromJsonAsync<CaseDto>(CaseWebHost.Json))!;

        using var unitrep = new TestClient(host.BaseAddress);
        await unitrep.LoginAsync("unitrep");
        // A case is found when the results link to it (the page repeats the words typed in its search field).
        static string Link(CaseDto c) => $"href=\"/Cases/Detail/{c.Id}\"";
        var seen = await ResultsAsync(unitrep, "thanh tra tra cứu q18"); // lower case finds "Thanh tra … Q18"
        seen.ShouldContain(Link(ownAnnounced));
        seen.ShouldNotContain(Link(otherUnit));
        seen.ShouldNotContain(Link(unannounced));
        (await ResultsAsync(unitrep, otherUnit.Code)).ShouldNotContain(Link(otherUnit));
        (await ResultsAsync(unitrep, unannounced.Code)).ShouldNotContain(Link(unannounced));

        using var supervisor = new TestClient(host.BaseAddress);
        await supervisor.LoginAsync("supervisor");
        var all = await ResultsAsync(supervisor, "thanh tra tra cứu q18");
        all.ShouldContain(Link(otherUnit));
        all.ShouldContain(Link(ownAnnounced));
        all.ShouldContain(Link(unannounced));
        (await ResultsAsync(supervisor, "Cẩm Thành")).ShouldContain(Link(unannounced)); // by the unit's name
        (await ResultsAsync(supervisor, otherUnit.Code.ToLowerInvariant())).ShouldContain(Link(otherUnit)); // by code
        var byDecision = await supervisorApi.GetFromJsonAsync<JsonElement>($"/api/cases?filter={Uri.EscapeDataString(otherUnit.Decision.Number!)}&take=200");
        byDecision.GetProperty("items").EnumerateArray().Select(c => c.GetProperty("code").GetString()).ShouldContain(otherUnit.Code);
        (await ResultsAsync(supervisor, "Q18_")).ShouldNotContain(Link(otherUnit)); // a typed '_' is itself, not LIKE's any-character
    }

    [Fact]
    public async Task Should_page_the_results_twenty_at_a_time()
    {
        var api = new CaseJourneyApi(host.BaseAddress);
        using var supervisorApi = await api.ClientAsync("supervisor");
        var units = await supervisorApi.GetFromJsonAsync<JsonElement>("/api/units?filter=P02&take=50");
        var p02 = units.GetProperty("items").EnumerateArray().First(u => u.GetProperty("code").GetString() == "P02").GetProperty("id").GetGuid();
        for (var n = 0; n < 23; n++)
            (await supervisorApi.PostAsJsonAsync("/api/cases", new CreateCaseDto(CaseKind.Inspection, AuthorityCode.ThanhTra, p02,
                $"Phân trang tìm kiếm PTQ18 số {n}", null, null, null, null, null), CaseWebHost.Json)).StatusCode.ShouldBe(HttpStatusCode.Created);

        using var supervisor = new TestClient(host.BaseAddress);
        await supervisor.LoginAsync("supervisor");
        static int Rows(string html) => System.Text.RegularExpressions.Regex.Count(html, "class=\"case-link\"");
        var first = await ResultsAsync(supervisor, "ptq18");
        Rows(first).ShouldBe(Pages.Cases.IndexModel.PageSize);
        first.ShouldContain("p=2");
        Rows(WebUtility.HtmlDecode(await supervisor.Http.GetStringAsync("/Cases?q=ptq18&p=2"))).ShouldBe(23 - Pages.Cases.IndexModel.PageSize);
    }

    [Fact]
    public async Task Should_show_the_search_box_in_the_header_to_users_who_read_cases()
    {
        using var unitrep = new TestClient(host.BaseAddress);
        await unitrep.LoginAsync("unitrep");
        var html = await unitrep.Http.GetStringAsync("/");
        html.ShouldContain("id=\"header-search\"");
        html.ShouldContain("action=\"/Cases\"");
        html.ShouldContain("role=\"search\"");
        html.ShouldContain("for=\"header-search-q\""); // the box has its label
        html.ShouldContain(LocalizationTexts.Vi["Search.Label"]);
    }
}
