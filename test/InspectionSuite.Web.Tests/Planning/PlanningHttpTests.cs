using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using InspectionSuite.Organization;
using InspectionSuite.Planning;
using InspectionSuite.Web.Tests.Infrastructure;
using Shouldly;
using Xunit;

namespace InspectionSuite.Web.Tests.Planning;

public sealed class PlanningHttpTests(WebTestHost host) : IClassFixture<WebTestHost>
{
    [Theory]
    [InlineData(null, "/api/plans", HttpStatusCode.Unauthorized)]
    [InlineData("inspector", "/api/plans", HttpStatusCode.Forbidden)]
    [InlineData("unitrep", "/Planning", HttpStatusCode.Forbidden)]
    [InlineData("leader", "/api/plans", HttpStatusCode.OK)]
    [InlineData("supervisor", "/api/plans", HttpStatusCode.OK)]
    [InlineData("supervisor", "/Planning", HttpStatusCode.OK)]
    public async Task Should_enforce_the_planning_permissions(string? user, string path, HttpStatusCode expected)
    {
        using var client = host.CreateClient();
        if (user is not null) await client.LoginAsync(user);
        (await client.Http.GetAsync(path)).StatusCode.ShouldBe(expected);
    }

    [Fact]
    public async Task Should_create_draw_filter_approve_and_export_through_the_api()
    {
        using var leader = host.CreateClient();
        await leader.LoginAsync("leader");
        (await leader.Http.PostAsJsonAsync("/api/plans", new CreateAnnualPlanDto(AuthorityCode.NoiVu, 2031))).StatusCode.ShouldBe(HttpStatusCode.Forbidden);

        using var client = host.CreateClient();
        await client.LoginAsync("supervisor");
        var created = await client.Http.PostAsJsonAsync("/api/plans", new CreateAnnualPlanDto(AuthorityCode.NoiVu, 2031));
        created.StatusCode.ShouldBe(HttpStatusCode.Created);
        var plan = await created.Content.ReadFromJsonAsync<JsonElement>();
        var id = plan.GetProperty("id").GetGuid();
        var stamp = plan.GetProperty("concurrencyStamp").GetString()!;

        var drawn = await client.Http.PostAsJsonAsync($"/api/plans/{id}/draw", new DrawPlanDto("HTTP-2031", stamp));
        drawn.StatusCode.ShouldBe(HttpStatusCode.OK);
        plan = await drawn.Content.ReadFromJsonAsync<JsonElement>();
        plan.GetProperty("seed").GetString().ShouldBe("HTTP-2031");
        plan.GetProperty("status").GetString().ShouldBe("Draft");

        var stale = await client.Http.PostAsJsonAsync($"/api/plans/{id}/draw", new DrawPlanDto("other", stamp));
        stale.StatusCode.ShouldBe(HttpStatusCode.Conflict);
        (await stale.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("code").GetString().ShouldBe(InspectionSuiteErrorCodes.ConcurrencyConflict);
        stamp = plan.GetProperty("concurrencyStamp").GetString()!;

        var bad = await client.Http.PostAsJsonAsync($"/api/plans/{id}/draw", new DrawPlanDto("", stamp));
        bad.StatusCode.ShouldBe(HttpStatusCode.BadRequest);

        var items = await client.Http.GetFromJsonAsync<JsonElement>($"/api/plans/{id}/items?stratum=Local&reason=RISK_DRAW&take=5");
        items.GetProperty("totalCount").GetInt32().ShouldBe(20);
        items.GetProperty("items").EnumerateArray().ShouldAllBe(i => i.GetProperty("reason").GetString() == "RiskDraw" && i.GetProperty("detail").GetString()!.Length > 0);

        var approved = await client.Http.PostAsJsonAsync($"/api/plans/{id}/approve", new PlanCommandDto(stamp));
        approved.StatusCode.ShouldBe(HttpStatusCode.OK);
        (await approved.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("status").GetString().ShouldBe("Approved");

        var csv = await client.Http.GetAsync($"/api/plans/{id}/export?format=Csv");
        csv.StatusCode.ShouldBe(HttpStatusCode.OK);
        csv.Content.Headers.ContentType!.MediaType.ShouldBe("text/csv");
        (await csv.Content.ReadAsStringAsync()).Split('\n', StringSplitOptions.RemoveEmptyEntries).Length.ShouldBe(111); // header + 110 units: Sở Nội vụ is not in its own universe
        var xlsx = await client.Http.GetAsync($"/api/plans/{id}/export");
        xlsx.Content.Headers.ContentType!.MediaType.ShouldBe("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");

        var coverage = await client.Http.GetFromJsonAsync<JsonElement>($"/api/plans/{id}/coverage");
        coverage.GetProperty("strata").GetArrayLength().ShouldBe(2);
        (await client.Http.GetAsync($"/api/plans/{id}/overlaps")).StatusCode.ShouldBe(HttpStatusCode.OK);

        var html = await client.Http.GetStringAsync($"/Planning/Plan/{id}");
        html.ShouldContain("HTTP-2031");
        html.ShouldContain("id=\"coverage\"");
    }

    [Fact]
    public async Task Should_show_a_clear_conflict_message_when_someone_else_drew_first()
    {
        using var client = host.CreateClient();
        await client.LoginAsync("supervisor");
        var plan = await (await client.Http.PostAsJsonAsync("/api/plans", new CreateAnnualPlanDto(AuthorityCode.NoiVu, 2035))).Content.ReadFromJsonAsync<JsonElement>();
        var id = plan.GetProperty("id").GetGuid();
        var stamp = plan.GetProperty("concurrencyStamp").GetString()!;
        (await client.Http.PostAsJsonAsync($"/api/plans/{id}/draw", new DrawPlanDto("first", stamp))).StatusCode.ShouldBe(HttpStatusCode.OK);

        // The page was opened before that draw: its form still carries the old stamp.
        var token = await client.GetTokenAsync($"/Planning/Plan/{id}");
        var post = await client.Http.PostAsync($"/Planning/Plan/{id}?handler=Draw", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["seed"] = "second",
            ["concurrencyStamp"] = stamp,
            ["__RequestVerificationToken"] = token,
        }));
        post.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        var html = await client.Http.GetStringAsync(post.Headers.Location!.ToString());
        html.ShouldContain("id=\"plan-error\"");
        html.ShouldContain("người khác");
        html.ShouldContain(">first</code>");
    }
}
