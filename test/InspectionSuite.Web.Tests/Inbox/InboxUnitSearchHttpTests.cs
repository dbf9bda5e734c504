using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.RegularExpressions;
using InspectionSuite.Cases;
using InspectionSuite.Inbox;
using InspectionSuite.Organization;
using InspectionSuite.Web.Tests.Cases;
using InspectionSuite.Web.Tests.Infrastructure;
using Shouldly;
using Xunit;

namespace InspectionSuite.Web.Tests.Inbox;

/// <summary>
/// The inbox's unit filter as a search (issue 19, the Inbox page's weight): the page lists the units with most tasks and the
/// chosen one; any other unit of the caller's tasks is found by part of its name or code, through /api/inbox/units (the
/// page's script) or the search field submitted with the form (no script). Every count is checked against the inbox
/// filtered by that unit and every unit against the cases of the caller's tasks.
/// </summary>
public sealed class InboxUnitSearchHttpTests(TopTwoUnitsHost fixture) : IClassFixture<TopTwoUnitsHost>
{
    private static readonly Regex UnitOption = new("<option value=\"([0-9a-f-]{36})\"", RegexOptions.Compiled);

    private async Task<HttpClient> ApiAsync(string userName)
    {
        var http = new HttpClient { BaseAddress = fixture.Host.BaseAddress };
        var token = await http.PostAsJsonAsync("/api/account/token", new { userName, password = Seeding.DataSeeder.DemoPassword });
        token.EnsureSuccessStatusCode();
        var accessToken = (await token.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("accessToken").GetString();
        http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", accessToken);
        return http;
    }

    private static async Task<T> Ok<T>(HttpResponseMessage response)
    {
        if (!response.IsSuccessStatusCode) throw new ShouldAssertException($"{(int)response.StatusCode} {await response.Content.ReadAsStringAsync()}");
        return (await response.Content.ReadFromJsonAsync<T>(CaseWebHost.Json))!;
    }

    /// <summary>The units of the caller's open tasks with how many tasks each, from the cases the case API shows them.</summary>
    private static async Task<Dictionary<Guid, int>> UnitsOfTasksAsync(HttpClient http)
    {
        var all = await Ok<InboxPageDto>(await http.GetAsync("/api/inbox?take=200"));
        all.Items.Count.ShouldBe(all.TotalCount, "the whole inbox on one page");
        var unitOfCase = new Dictionary<Guid, Guid>();
        foreach (var id in all.Items.Select(i => i.CaseId).Distinct())
            unitOfCase[id] = (await Ok<CaseDto>(await http.GetAsync($"/api/cases/{id}"))).UnitId;
        return all.Items.GroupBy(i => unitOfCase[i.CaseId]).ToDictionary(g => g.Key, g => g.Count());
    }

    private async Task<UnitDto> UnitAsync(Guid id)
    {
        using var admin = await ApiAsync("admin");
        return await Ok<UnitDto>(await admin.GetAsync($"/api/units/{id}"));
    }

    [Fact]
    public async Task Should_list_the_units_with_most_tasks_and_find_any_other_by_part_of_its_name_with_its_count()
    {
        const string userName = "inspector";
        using var http = await ApiAsync(userName);
        var truth = await UnitsOfTasksAsync(http);
        truth.Count.ShouldBeGreaterThan(TopTwoUnitsHost.TopUnits, $"the demo data gives {userName} tasks in more units than the top list holds");

        var page = await Ok<InboxPageDto>(await http.GetAsync("/api/inbox?take=1"));
        page.UnitCount.ShouldBe(truth.Count);
        page.Units.Count.ShouldBe(TopUnits);
        foreach (var top in page.Units)
        {
            top.Count.ShouldBe(truth[Guid.Parse(top.Value)]);
            truth.Where(t => t.Key.ToString() != top.Value && page.Units.All(u => u.Value != t.Key.ToString()))
                .ShouldAllBe(other => other.Value <= top.Count, "the top list holds the units with most tasks");
        }

        var outside = truth.Keys.First(id => page.Units.All(u => u.Value != id.ToString()));
        var unit = await UnitAsync(outside);
        // A part of the name, in other letter case: what a user types.
        var part = unit.Name.Length > 6 ? unit.Name.Substring(unit.Name.Length / 2 - 2, 5) : unit.Name;
        var found = await Ok<List<InboxFacetDto>>(await http.GetAsync($"/api/inbox/units?filter={Uri.EscapeDataString(part.ToUpperInvariant())}&take=50"));
        var hit = found.Where(f => f.Value == outside.ToString()).ShouldHaveSingleItem();
        hit.Label.ShouldBe(unit.Name);
        hit.Count.ShouldBe(truth[outside]);
        foreach (var f in found)
        {
            truth.ShouldContainKey(Guid.Parse(f.Value), "only units of the caller's tasks");
            f.Count.ShouldBe(truth[Guid.Parse(f.Value)]);
            (await Ok<InboxPageDto>(await http.GetAsync($"/api/inbox?unitId={f.Value}&take=1"))).TotalCount.ShouldBe(f.Count);
        }
        // By its code too.
        (await Ok<List<InboxFacetDto>>(await http.GetAsync($"/api/inbox/units?filter={Uri.EscapeDataString(unit.Code)}")))
            .ShouldContain(f => f.Value == outside.ToString());
    }

    [Fact]
    public async Task Should_find_exactly_the_units_of_the_callers_tasks_whose_name_or_code_matches_whatever_the_diacritics()
    {
        using var inspector = await ApiAsync("inspector");
        var mine = await UnitsOfTasksAsync(inspector);
        using var admin = await ApiAsync("admin");
        var register = (await admin.GetFromJsonAsync<JsonElement>("/api/units?take=200")).GetProperty("items").EnumerateArray()
            .Select(u => (Id: u.GetProperty("id").GetGuid(), Name: u.GetProperty("name").GetString()!)).ToList();
        var other = register.First(u => !mine.ContainsKey(u.Id));

        // A unit of the register without tasks of the inspector, by its whole name: not found.
        (await Ok<List<InboxFacetDto>>(await inspector.GetAsync($"/api/inbox/units?filter={Uri.EscapeDataString(other.Name)}&take=50")))
            .ShouldNotContain(f => f.Value == other.Id.ToString());

        // A word without its marks ("truong" for "Trường"): every unit of the inspector's tasks whose name has it, and no other.
        var names = new Dictionary<Guid, UnitDto>();
        foreach (var id in mine.Keys) names[id] = await UnitAsync(id);
        var word = names.Values.SelectMany(u => u.Name.Split(' ')).Where(w => w.Length >= 4).GroupBy(Plain).OrderByDescending(g => g.Count()).First().Key;
        var expected = names.Values.Where(u => Plain(u.Name).Contains(word) || Plain(u.Code).Contains(word)).Select(u => u.Id.ToString()).Order().ToList();
        var found = await Ok<List<InboxFacetDto>>(await inspector.GetAsync($"/api/inbox/units?filter={word}&take=50"));
        found.Select(f => f.Value).Order().ShouldBe(expected);
        found.Select(f => f.Count).ShouldBeInOrder(SortDirection.Descending, "most tasks first");
    }

    /// <summary>Lower case, without Vietnamese marks: the test's own copy of what a user may type.</summary>
    private static string Plain(string text) => new string(text.Normalize(System.Text.NormalizationForm.FormD)
        .Where(c => System.Globalization.CharUnicodeInfo.GetUnicodeCategory(c) != System.Globalization.UnicodeCategory.NonSpacingMark).ToArray())
        .Replace('đ', 'd').Replace('Đ', 'D').ToLowerInvariant();

    [Theory]
    [InlineData("filter=")]
    [InlineData("filter=%20%20")]
    [InlineData("take=5")]
    [InlineData("filter=a&take=0")]
    [InlineData("filter=a&take=51")]
    [InlineData("filter=a&due=tomorrow")]
    public async Task Should_refuse_a_search_without_text_or_with_an_unknown_value_as_a_problem(string query)
    {
        using var http = await ApiAsync("supervisor");
        var response = await http.GetAsync("/api/inbox/units?" + query);
        response.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        response.Content.Headers.ContentType!.MediaType.ShouldBe("application/problem+json");
        (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("errors").EnumerateObject().ShouldNotBeEmpty();
    }

    [Fact]
    public async Task Should_refuse_a_search_longer_than_a_unit_name_as_a_problem()
    {
        using var http = await ApiAsync("supervisor");
        var response = await http.GetAsync("/api/inbox/units?filter=" + new string('a', InboxUnitSearch.MaxFilterLength + 1));
        response.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        response.Content.Headers.ContentType!.MediaType.ShouldBe("application/problem+json");
    }

    [Fact]
    public async Task Should_find_a_unit_without_script_from_the_search_field_and_keep_the_chosen_one_visible_and_removable()
    {
        using var api = await ApiAsync("inspector");
        var truth = await UnitsOfTasksAsync(api);
        var top = await Ok<InboxPageDto>(await api.GetAsync("/api/inbox?take=1"));
        var outside = truth.Keys.First(id => top.Units.All(u => u.Value != id.ToString()));
        var unit = await UnitAsync(outside);
        using var client = fixture.Host.CreateClient();
        (await client.LoginAsync("inspector")).StatusCode.ShouldBe(HttpStatusCode.Redirect);

        // The page bound: the unit list holds "all" and the top units, not every unit with tasks.
        var unfiltered = await client.Http.GetStringAsync("/Inbox");
        UnitOption.Matches(UnitSelect(unfiltered)).Count.ShouldBe(TopTwoUnitsHost.TopUnits);
        unfiltered.ShouldContain($"id=\"unit-count\">{truth.Count}<");

        // The form submitted with the search field: the matching units as links that choose them.
        var html = await client.Http.GetStringAsync("/Inbox?due=&unitId=&unitSearch=" + Uri.EscapeDataString(unit.Name));
        var link = Regex.Match(html, $"<a class=\"unit-result[^\"]*\" href=\"([^\"]*unitId={outside}[^\"]*)\"[^>]*>(.*?)</a>", RegexOptions.Singleline);
        link.Success.ShouldBeTrue("the searched unit is offered");
        WebUtility.HtmlDecode(link.Groups[2].Value).ShouldContain(unit.Name);
        WebUtility.HtmlDecode(link.Groups[2].Value).ShouldContain($"({truth[outside]})");

        // Chosen: the inbox is that unit's, and the unit stays in the list and in a removable badge even outside the top.
        var chosen = await client.Http.GetStringAsync(WebUtility.HtmlDecode(link.Groups[1].Value));
        Regex.Match(chosen, "id=\"inbox-total\">(\\d+)<").Groups[1].Value.ShouldBe(truth[outside].ToString());
        UnitSelect(chosen).ShouldContain($"<option value=\"{outside}\" data-count=\"{truth[outside]}\" selected=\"selected\"");
        var badge = Regex.Match(chosen, "id=\"unit-chosen\".*?</div>", RegexOptions.Singleline).Value;
        WebUtility.HtmlDecode(badge).ShouldContain(unit.Name);
        var remove = Regex.Match(badge, "id=\"unit-remove\"[^>]*href=\"([^\"]*)\"").Groups[1].Value;
        remove.ShouldStartWith("/Inbox");
        WebUtility.HtmlDecode(remove).ShouldNotContain("unitId=" + outside);
        var removed = await client.Http.GetStringAsync(WebUtility.HtmlDecode(remove));
        Regex.Match(removed, "id=\"inbox-total\">(\\d+)<").Groups[1].Value.ShouldBe(truth.Values.Sum().ToString());
        removed.ShouldNotContain("id=\"unit-chosen\"");
    }

    [Fact]
    public async Task Should_show_a_clear_message_and_change_nothing_when_the_search_finds_nothing_or_is_too_long()
    {
        using var client = fixture.Host.CreateClient();
        (await client.LoginAsync("supervisor")).StatusCode.ShouldBe(HttpStatusCode.Redirect);
        var overdue = await client.Http.GetStringAsync("/Inbox?due=overdue");
        var total = Regex.Match(overdue, "id=\"inbox-total\">(\\d+)<").Groups[1].Value;

        var none = await client.Http.GetStringAsync("/Inbox?due=overdue&unitSearch=zzzqqq-no-such-unit");
        Regex.Match(none, "id=\"inbox-total\">(\\d+)<").Groups[1].Value.ShouldBe(total, "the other filters still apply");
        none.ShouldContain("id=\"unit-search-message\"");
        none.ShouldContain(LocalizationTexts.Vi["Inbox.UnitSearch.NoMatch"]);
        none.ShouldNotContain("class=\"unit-result");

        var tooLong = await client.Http.GetStringAsync("/Inbox?due=overdue&unitSearch=" + new string('a', InboxUnitSearch.MaxFilterLength + 1));
        Regex.Match(tooLong, "id=\"inbox-total\">(\\d+)<").Groups[1].Value.ShouldBe(total);
        tooLong.ShouldContain(LocalizationTexts.Vi["Validation.TooLong"]);
        tooLong.ShouldNotContain("class=\"unit-result");
    }

    private static int TopUnits => TopTwoUnitsHost.TopUnits;

    private static string UnitSelect(string html) => Regex.Match(html, "<select[^>]*id=\"f-unit\".*?</select>", RegexOptions.Singleline).Value;
}
