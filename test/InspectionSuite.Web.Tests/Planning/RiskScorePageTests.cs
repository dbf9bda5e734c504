using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using InspectionSuite.Organization;
using InspectionSuite.Planning;
using InspectionSuite.Web.Tests.Infrastructure;
using Shouldly;
using Xunit;

namespace InspectionSuite.Web.Tests.Planning;

/// <summary>Risk scores on the plan page: CSV upload (all or nothing, line errors), per-unit edit, used by the draw.</summary>
public sealed class RiskScorePageTests(WebTestHost host) : IClassFixture<WebTestHost>
{
    private static async Task<HttpResponseMessage> UploadAsync(TestClient client, Guid id, string csv, string stamp)
    {
        var token = await client.GetTokenAsync($"/Planning/Plan/{id}");
        using var form = new MultipartFormDataContent
        {
            { new StringContent(stamp), "concurrencyStamp" },
            { new StringContent(token), "__RequestVerificationToken" },
        };
        var file = new ByteArrayContent(Encoding.UTF8.GetBytes(csv));
        file.Headers.ContentType = new System.Net.Http.Headers.MediaTypeHeaderValue("text/csv");
        form.Add(file, "csv", "risk.csv");
        return await client.Http.PostAsync($"/Planning/Plan/{id}?handler=RiskCsv", form);
    }

    private static async Task<JsonElement> PlanAsync(TestClient client, Guid id) => await client.Http.GetFromJsonAsync<JsonElement>($"/api/plans/{id}");

    [Fact]
    public async Task Should_upload_risk_scores_refuse_a_bad_file_whole_edit_one_unit_and_draw_with_them()
    {
        using var client = host.CreateClient();
        await client.LoginAsync("supervisor");
        var created = await (await client.Http.PostAsJsonAsync("/api/plans", new CreateAnnualPlanDto(AuthorityCode.NoiVu, 2036))).Content.ReadFromJsonAsync<JsonElement>();
        var id = created.GetProperty("id").GetGuid();
        var stamp = created.GetProperty("concurrencyStamp").GetString()!;

        // One bad score and one unknown unit: nothing is imported, each bad line is named.
        var bad = await UploadAsync(client, id, "UnitCode,RiskScore\nP01,80\nSO-XD,150\nNOPE,10\n", stamp);
        bad.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        var html = await client.Http.GetStringAsync(bad.Headers.Location!.ToString());
        html.ShouldContain("id=\"plan-error\"");
        html.ShouldContain("Dòng 3");
        html.ShouldContain("Dòng 4");
        html.ShouldContain("NOPE");
        html.ShouldContain("id=\"no-risk-scores\"");
        (await PlanAsync(client, id)).GetProperty("riskScores").GetArrayLength().ShouldBe(0);

        var good = await UploadAsync(client, id, "UnitCode,RiskScore\r\nP01,80\r\n\"SO-XD\",5\r\n", stamp);
        good.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        html = await client.Http.GetStringAsync(good.Headers.Location!.ToString());
        html.ShouldNotContain("id=\"plan-error\"");
        html.ShouldContain("id=\"risk-table\"");
        var plan = await PlanAsync(client, id);
        plan.GetProperty("riskScores").EnumerateArray().Select(r => (r.GetProperty("unitCode").GetString(), r.GetProperty("score").GetInt32()))
            .ShouldBe([("P01", 80), ("SO-XD", 5)]);

        // Per-unit edit through the page form.
        stamp = plan.GetProperty("concurrencyStamp").GetString()!;
        var token = await client.GetTokenAsync($"/Planning/Plan/{id}");
        var edit = await client.Http.PostAsync($"/Planning/Plan/{id}?handler=RiskScore", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["unitCode"] = "x011", ["score"] = "95", ["concurrencyStamp"] = stamp, ["__RequestVerificationToken"] = token,
        }));
        edit.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        plan = await PlanAsync(client, id);
        plan.GetProperty("riskScores").EnumerateArray().Single(r => r.GetProperty("unitCode").GetString() == "X011").GetProperty("score").GetInt32().ShouldBe(95);

        // The draw uses them, and the result shows each unit's score.
        stamp = plan.GetProperty("concurrencyStamp").GetString()!;
        (await client.Http.PostAsJsonAsync($"/api/plans/{id}/draw", new DrawPlanDto("RISK-2036", stamp))).StatusCode.ShouldBe(HttpStatusCode.OK);
        var items = await client.Http.GetFromJsonAsync<JsonElement>($"/api/plans/{id}/items?filter=X011");
        items.GetProperty("items").EnumerateArray().Single(i => i.GetProperty("unitCode").GetString() == "X011").GetProperty("riskScore").GetInt32().ShouldBe(95);
        html = await client.Http.GetStringAsync($"/Planning/Plan/{id}?q=P01");
        System.Text.RegularExpressions.Regex.Count(html, "data-risk=\"80\"").ShouldBe(2); // the scores table and P01's row of the draw

        // Approved plans are frozen: no more risk edits.
        plan = await PlanAsync(client, id);
        (await client.Http.PostAsJsonAsync($"/api/plans/{id}/approve", new PlanCommandDto(plan.GetProperty("concurrencyStamp").GetString()!))).StatusCode.ShouldBe(HttpStatusCode.OK);
        html = await client.Http.GetStringAsync($"/Planning/Plan/{id}");
        html.ShouldNotContain("id=\"risk-form\"");

        // Approval opened the planned cases: the case page and the case list name the plan (year + reason code).
        var selected = (await client.Http.GetFromJsonAsync<JsonElement>($"/api/plans/{id}/items?selected=true&take=1")).GetProperty("items")[0];
        var caseHtml = await client.Http.GetStringAsync($"/Cases/Detail/{selected.GetProperty("caseId").GetGuid()}");
        caseHtml.ShouldContain("id=\"case-plan\"");
        // The reason in words (issue 18), not its code.
        caseHtml.ShouldContain($"năm 2036 · {LocalizationTexts.Vi["SamplingReason." + selected.GetProperty("reason").GetString()]}");
        (await client.Http.GetStringAsync("/Cases")).ShouldContain("case-plan");
        plan = await PlanAsync(client, id);
        var frozen = await UploadAsync(client, id, "UnitCode,RiskScore\nP01,1\n", plan.GetProperty("concurrencyStamp").GetString()!);
        (await client.Http.GetStringAsync(frozen.Headers.Location!.ToString())).ShouldContain("id=\"plan-error\"");
        (await PlanAsync(client, id)).GetProperty("riskScores").GetArrayLength().ShouldBe(3);
    }
}
