using System.Net;
using System.Net.Http.Json;
using System.Text.RegularExpressions;
using InspectionSuite.Cases;
using InspectionSuite.Inbox;
using InspectionSuite.Web.Tests.Cases;
using InspectionSuite.Web.Tests.Infrastructure;
using Shouldly;
using Xunit;

namespace InspectionSuite.Web.Tests.Inbox;

/// <summary>
/// The inbox's filters, orders and counts (issue 18) over HTTP with the demo data in a real SQLite database: every count
/// is checked against the rows the filter returns and against the unfiltered inbox of the runtime (/api/cases/inbox).
/// </summary>
public sealed class InboxFilterHttpTests(CaseWebHost host) : IClassFixture<CaseWebHost>
{
    private static async Task<T> Ok<T>(HttpResponseMessage response)
    {
        if (!response.IsSuccessStatusCode) throw new ShouldAssertException($"{(int)response.StatusCode} {await response.Content.ReadAsStringAsync()}");
        return (await response.Content.ReadFromJsonAsync<T>(CaseWebHost.Json))!;
    }

    private static Task<InboxPageDto> InboxAsync(HttpClient http, string query = "") => http.GetAsync("/api/inbox?take=200&" + query).ContinueWith(t => Ok<InboxPageDto>(t.Result)).Unwrap();

    [Theory]
    [InlineData("inspector")]
    [InlineData("supervisor")]
    public async Task Should_list_the_same_tasks_as_the_runtime_inbox_and_count_each_filter_value_as_the_rows_it_returns(string userName)
    {
        using var http = await host.ClientAsync(userName);
        var all = await InboxAsync(http);
        var runtime = await Ok<PagedResultDto<InboxItemDto>>(await http.GetAsync("/api/cases/inbox?take=200"));
        all.TotalCount.ShouldBeGreaterThan(0, "the demo data gives this persona open tasks");
        all.Items.Select(i => i.TaskId).OrderBy(x => x).ShouldBe(runtime.Items.Select(i => i.TaskId).OrderBy(x => x));
        all.TotalCount.ShouldBe(all.Items.Count);
        all.Due.Sum(d => d.Count).ShouldBe(all.TotalCount);
        all.Authorities.Sum(d => d.Count).ShouldBe(all.TotalCount);
        all.States.Sum(d => d.Count).ShouldBe(all.TotalCount);
        // The unit facet lists the units with most tasks (InboxOptions.TopUnits); the demo personas have fewer units than that.
        all.Units.Count.ShouldBe(all.UnitCount);
        all.Units.Sum(d => d.Count).ShouldBe(all.TotalCount);

        // The cases of the tasks, as the case API shows them: the filters' truth.
        var cases = new Dictionary<Guid, CaseDto>();
        foreach (var id in all.Items.Select(i => i.CaseId).Distinct())
            cases[id] = await Ok<CaseDto>(await http.GetAsync($"/api/cases/{id}"));
        var now = DateTime.UtcNow;
        var weekEnd = InboxAppService.EndOfWeekUtc(DateOnly.FromDateTime(now + VietnamTime.Offset));
        string DueOf(InboxItemDto i) => i.DueAtUtc < now ? InboxDue.Overdue : i.DueAtUtc < weekEnd ? InboxDue.ThisWeek : InboxDue.Later;

        foreach (var facet in all.Due)
        {
            var page = await InboxAsync(http, "due=" + facet.Value);
            page.TotalCount.ShouldBe(facet.Count);
            page.Items.Select(i => i.TaskId).OrderBy(x => x).ShouldBe(all.Items.Where(i => DueOf(i) == facet.Value).Select(i => i.TaskId).OrderBy(x => x));
        }
        foreach (var facet in all.Authorities)
        {
            var page = await InboxAsync(http, "authority=" + facet.Value);
            page.TotalCount.ShouldBe(facet.Count);
            page.Items.ShouldAllBe(i => cases[i.CaseId].Authority.ToString() == facet.Value);
            page.Items.Count.ShouldBe(all.Items.Count(i => cases[i.CaseId].Authority.ToString() == facet.Value));
        }
        foreach (var facet in all.States)
        {
            var page = await InboxAsync(http, "state=" + facet.Value);
            page.TotalCount.ShouldBe(facet.Count);
            page.Items.ShouldAllBe(i => cases[i.CaseId].State == facet.Value);
            page.Items.Count.ShouldBe(all.Items.Count(i => cases[i.CaseId].State == facet.Value));
        }
        foreach (var facet in all.Units)
        {
            facet.Label.ShouldNotBeNullOrWhiteSpace();
            var page = await InboxAsync(http, "unitId=" + facet.Value);
            page.TotalCount.ShouldBe(facet.Count);
            page.Items.ShouldAllBe(i => cases[i.CaseId].UnitId.ToString() == facet.Value);
        }
    }

    [Fact]
    public async Task Should_count_each_filter_with_the_other_filters_applied()
    {
        using var http = await host.ClientAsync("supervisor");
        var all = await InboxAsync(http);
        var state = all.States.OrderByDescending(s => s.Count).First().Value;
        var byState = await InboxAsync(http, "state=" + state);
        // Within one state, the due counts add up to that state's rows, and combining both filters gives the due count.
        byState.Due.Sum(d => d.Count).ShouldBe(byState.TotalCount);
        byState.States.Single(s => s.Value == state).Count.ShouldBe(byState.TotalCount);
        foreach (var due in byState.Due.Where(d => d.Count > 0))
            (await InboxAsync(http, $"state={state}&due={due.Value}")).TotalCount.ShouldBe(due.Count);
    }

    [Fact]
    public async Task Should_sort_by_due_date_case_code_or_state_and_page_in_that_order()
    {
        using var http = await host.ClientAsync("supervisor");
        var byDue = await InboxAsync(http);
        byDue.Items.Select(i => i.DueAtUtc).ShouldBeInOrder(SortDirection.Ascending);
        var byCode = await InboxAsync(http, "sort=code");
        byCode.Items.Select(i => i.CaseCode).ShouldBeInOrder(SortDirection.Ascending, StringComparer.Ordinal);
        var byState = await InboxAsync(http, "sort=state");
        var cases = new Dictionary<Guid, string>();
        foreach (var id in byState.Items.Select(i => i.CaseId).Distinct())
            cases[id] = (await Ok<CaseDto>(await http.GetAsync($"/api/cases/{id}"))).State;
        byState.Items.Select(i => CaseStates.Rank(cases[i.CaseId])).ShouldBeInOrder(SortDirection.Ascending);

        // Pages of two, in code order, are the full list cut in pieces.
        var pages = new List<InboxItemDto>();
        for (var skip = 0; skip < Math.Min(6, byCode.TotalCount); skip += 2)
        {
            var page = await Ok<InboxPageDto>(await http.GetAsync($"/api/inbox?sort=code&skip={skip}&take=2"));
            page.TotalCount.ShouldBe(byCode.TotalCount);
            pages.AddRange(page.Items);
        }
        pages.Select(i => i.TaskId).ShouldBe(byCode.Items.Take(pages.Count).Select(i => i.TaskId));
    }

    [Theory]
    [InlineData("due=tomorrow")]
    [InlineData("sort=subject")]
    public async Task Should_refuse_an_unknown_filter_value_as_a_problem(string query)
    {
        using var http = await host.ClientAsync("supervisor");
        var response = await http.GetAsync("/api/inbox?" + query);
        response.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        response.Content.Headers.ContentType!.MediaType.ShouldBe("application/problem+json");
    }

    [Fact]
    public async Task Should_keep_the_page_filters_in_the_query_string_and_show_as_many_rows_as_counted()
    {
        var client = new TestClient(host.BaseAddress);
        (await client.LoginAsync("supervisor")).StatusCode.ShouldBe(HttpStatusCode.Redirect);
        using var api = await host.ClientAsync("supervisor");
        var all = await InboxAsync(api);
        var due = all.Due.Where(d => d.Count > 0).OrderBy(d => d.Count).First();
        var html = await client.Http.GetStringAsync("/Inbox?due=" + due.Value);
        Regex.Match(html, "id=\"inbox-total\">(\\d+)<").Groups[1].Value.ShouldBe(due.Count.ToString());
        Regex.Matches(html, "class=\"inbox-row").Count.ShouldBe(Math.Min(due.Count, InspectionSuite.Web.Pages.InboxModel.PageSize));
        html.Contains($"<option value=\"{due.Value}\" data-count=\"{due.Count}\" selected=\"selected\"").ShouldBeTrue("the chosen filter stays selected");
        // Each option carries its count, the same as the API's.
        foreach (var f in all.Due)
            html.ShouldContain($"value=\"{f.Value}\" data-count=\"{f.Count}\"");
        // An unknown value from a hand-edited link shows the whole inbox rather than an error.
        var unknown = await client.Http.GetStringAsync("/Inbox?due=tomorrow");
        Regex.Match(unknown, "id=\"inbox-total\">(\\d+)<").Groups[1].Value.ShouldBe(all.TotalCount.ToString());
    }
}
