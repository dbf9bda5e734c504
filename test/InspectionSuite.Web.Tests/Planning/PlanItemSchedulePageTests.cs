using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using InspectionSuite.Organization;
using InspectionSuite.Planning;
using InspectionSuite.Web.Tests.Infrastructure;
using Shouldly;
using Xunit;

namespace InspectionSuite.Web.Tests.Planning;

/// <summary>
/// Issue 18: the planned month or quarter of each plan item, set on the plan page (the API's POST /api/plans/{id}/schedule
/// had no page): saved, shown selected, refused with the error shown and nothing changed.
/// </summary>
public sealed class PlanItemSchedulePageTests(WebTestHost host) : IClassFixture<WebTestHost>
{
    private static async Task<JsonElement> ItemAsync(TestClient client, Guid id, string unitCode)
        => (await client.Http.GetFromJsonAsync<JsonElement>($"/api/plans/{id}/items?filter={unitCode}&take=50"))
            .GetProperty("items").EnumerateArray().Single(i => i.GetProperty("unitCode").GetString() == unitCode);

    private static async Task<string> StampAsync(TestClient client, Guid id)
        => (await client.Http.GetFromJsonAsync<JsonElement>($"/api/plans/{id}")).GetProperty("concurrencyStamp").GetString()!;

    private static async Task<string> ScheduleAsync(TestClient client, Guid id, string unitCode, string period, string? stamp = null)
    {
        var token = await client.GetTokenAsync($"/Planning/Plan/{id}");
        var posted = await client.Http.PostAsync($"/Planning/Plan/{id}?handler=Schedule", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["unitCode"] = unitCode, ["period"] = period, ["concurrencyStamp"] = stamp ?? await StampAsync(client, id), ["__RequestVerificationToken"] = token,
        }));
        posted.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        return WebUtility.HtmlDecode(await client.Http.GetStringAsync(posted.Headers.Location!.ToString()));
    }

    private static int? Int(JsonElement item, string name) => item.GetProperty(name).ValueKind == JsonValueKind.Null ? null : item.GetProperty(name).GetInt32();

    [Fact]
    public async Task Should_set_a_quarter_then_a_month_show_it_selected_and_refuse_a_bad_period_or_unit_with_the_error_shown()
    {
        using var client = host.CreateClient();
        await client.LoginAsync("supervisor");
        var created = await (await client.Http.PostAsJsonAsync("/api/plans", new CreateAnnualPlanDto(AuthorityCode.NoiVu, 2037))).Content.ReadFromJsonAsync<JsonElement>();
        var id = created.GetProperty("id").GetGuid();
        (await client.Http.PostAsJsonAsync($"/api/plans/{id}/draw", new DrawPlanDto("SCHEDULE-2037", created.GetProperty("concurrencyStamp").GetString()!)))
            .StatusCode.ShouldBe(HttpStatusCode.OK);
        const string unit = "P01";

        var page = await client.Http.GetStringAsync($"/Planning/Plan/{id}?q={unit}");
        page.ShouldContain($"id=\"schedule-{unit}\"");
        page.ShouldContain(LocalizationTexts.Vi["Planning.Schedule.Column"]);

        var html = await ScheduleAsync(client, id, unit, "q3");
        html.ShouldNotContain("id=\"plan-error\"");
        html.ShouldContain(LocalizationTexts.Vi["Planning.Schedule.Saved"].Replace("{0}", unit).Replace("{1}", "Quý 3"));
        var item = await ItemAsync(client, id, unit);
        (Int(item, "plannedQuarter"), Int(item, "plannedMonth")).ShouldBe((3, (int?)null));
        (await client.Http.GetStringAsync($"/Planning/Plan/{id}?q={unit}")).ShouldContain("value=\"q3\" selected=\"selected\"");

        await ScheduleAsync(client, id, unit, "m7");
        item = await ItemAsync(client, id, unit);
        (Int(item, "plannedQuarter"), Int(item, "plannedMonth")).ShouldBe(((int?)null, 7));

        // A value that is no month or quarter of the year, and a unit not in the plan: the error is shown, nothing changes.
        foreach (var bad in new[] { "m13", "q0", "x1", "q" })
        {
            html = await ScheduleAsync(client, id, unit, bad);
            html.ShouldContain("id=\"plan-error\"");
            html.ShouldContain(LocalizationTexts.Vi["Planning.Schedule.Invalid"].Replace("{0}", unit));
        }
        html = await ScheduleAsync(client, id, "KHONG-CO", "q1");
        html.ShouldContain("id=\"plan-error\"");
        // A stale concurrency stamp (someone saved meanwhile) is refused too.
        (await ScheduleAsync(client, id, unit, "q1", stamp: "stale")).ShouldContain("id=\"plan-error\"");
        item = await ItemAsync(client, id, unit);
        (Int(item, "plannedQuarter"), Int(item, "plannedMonth")).ShouldBe(((int?)null, 7));

        // Clearing it.
        await ScheduleAsync(client, id, unit, "");
        item = await ItemAsync(client, id, unit);
        (Int(item, "plannedQuarter"), Int(item, "plannedMonth")).ShouldBe(((int?)null, (int?)null));
    }
}
