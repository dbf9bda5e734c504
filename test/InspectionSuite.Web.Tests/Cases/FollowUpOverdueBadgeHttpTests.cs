using System.Net;
using System.Net.Http.Json;
using System.Text.RegularExpressions;
using InspectionSuite.Cases;
using InspectionSuite.Web.Tests.Infrastructure;
using Shouldly;
using Xunit;

namespace InspectionSuite.Web.Tests.Cases;

/// <summary>
/// A recommendation carried over to the next period is no longer awaited: the case page shows its deadline without
/// "Quá hạn N ngày". Own host, because it carries over the demo follow-up case's overdue sanction.
/// </summary>
public sealed class FollowUpOverdueBadgeHttpTests(CaseWebHost host) : IClassFixture<CaseWebHost>
{
    [Fact]
    public async Task Should_not_show_a_carried_over_item_as_overdue_after_its_deadline()
    {
        using var api = await host.ClientAsync("supervisor");
        var c = (await api.GetFromJsonAsync<PagedResultDto<CaseListItemDto>>("/api/cases?take=200", CaseWebHost.Json))!.Items.First(x => x.State == CaseStates.FollowUp);
        var followUp = (await api.GetFromJsonAsync<FollowUpDto>($"/api/cases/{c.Id}/follow-up", CaseWebHost.Json))!;
        // The demo recovery sanction's deadline passed five days ago.
        var overdue = followUp.Sanctions.Single(s => s.IsOverdue);
        var onTime = followUp.Sanctions.Single(s => !s.IsOverdue);
        using var client = new TestClient(host.BaseAddress);
        (await client.LoginAsync("supervisor")).StatusCode.ShouldBe(HttpStatusCode.Redirect);

        var before = await client.Http.GetStringAsync($"/Cases/Detail/{c.Id}");
        Row(before, overdue.Id).ShouldContain("Quá hạn 5 ngày");
        Row(before, overdue.Id).ShouldContain("border-danger");

        var stamp = (await api.GetFromJsonAsync<CaseDto>($"/api/cases/{c.Id}", CaseWebHost.Json))!.ConcurrencyStamp;
        (await api.PostAsJsonAsync($"/api/cases/{c.Id}/sanctions/{overdue.Id}/carry-over",
            new CarryOverSanctionDto("Chờ quyết toán ngân sách năm sau", stamp), CaseWebHost.Json)).StatusCode.ShouldBe(HttpStatusCode.OK);

        var after = await client.Http.GetStringAsync($"/Cases/Detail/{c.Id}");
        var row = Row(after, overdue.Id);
        row.ShouldContain($"data-status=\"{SanctionStatus.CarriedOver}\"");
        row.ShouldContain(overdue.Deadline!.Value.ToString("dd/MM/yyyy", System.Globalization.CultureInfo.InvariantCulture)); // the deadline is still shown
        row.ShouldNotContain("Quá hạn");
        row.ShouldNotContain("days-left");
        row.ShouldNotContain("border-danger");
        row.ShouldNotContain("class=\"overdue\"");
        // The item still awaited keeps its countdown.
        Row(after, onTime.Id).ShouldContain("days-left");
    }

    /// <summary>The markup of one sanction row: from its opening tag to the next row (or the end of the section).</summary>
    private static string Row(string html, Guid sanctionId)
    {
        var start = html.IndexOf($"data-sanction-id=\"{sanctionId}\"", StringComparison.Ordinal);
        start.ShouldBeGreaterThan(0, $"no row for sanction {sanctionId}");
        start = html.LastIndexOf("<div", start, StringComparison.Ordinal);
        var next = Regex.Match(html[(start + 1)..], "<div class=\"border rounded p-2 mb-2 sanction|</section>");
        return html.Substring(start, next.Index + 1);
    }
}
