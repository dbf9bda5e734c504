using System.IO.Compression;
using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using System.Xml.Linq;
using InspectionSuite.Organization;
using InspectionSuite.Planning;
using InspectionSuite.Web.Tests.Cases;
using InspectionSuite.Web.Tests.Infrastructure;
using Shouldly;
using Xunit;

namespace InspectionSuite.Web.Tests.Planning;

/// <summary>
/// Issue 18, "sampling reasons as Vietnamese sentences in the UI and the annex": each unit's detail on the plan page and in
/// the .xlsx annex is written in the reader's language (Vietnamese by default, English on the English UI, where it reads as
/// the engine's own sentence); the CSV keeps the engine's sentence with its reason code (its contract).
/// </summary>
public sealed class PlanDetailSentenceHttpTests(CaseWebHost host) : IClassFixture<CaseWebHost>
{
    private static readonly JsonSerializerOptions J = CaseWebHost.Json;
    private static readonly string[] EngineWords = ["never checked", "last checked", "risk-weighted", "cooldown", "not drawn", "not reached", "unchecked"];

    /// <summary>Every text cell of the workbook (shared and inline strings), XML-decoded.</summary>
    private static async Task<string> XlsxTextAsync(HttpResponseMessage file)
    {
        file.StatusCode.ShouldBe(HttpStatusCode.OK);
        using var zip = new ZipArchive(new MemoryStream(await file.Content.ReadAsByteArrayAsync()));
        var texts = new List<string>();
        foreach (var entry in zip.Entries.Where(e => e.FullName.StartsWith("xl/", StringComparison.Ordinal) && e.FullName.EndsWith(".xml", StringComparison.Ordinal)))
        {
            using var stream = entry.Open();
            texts.AddRange(XDocument.Load(stream).Descendants().Where(e => e.Name.LocalName == "t").Select(e => e.Value));
        }
        return string.Join("\n", texts);
    }

    [Fact]
    public async Task Should_write_each_units_detail_in_vietnamese_and_in_english_on_the_plan_page_and_in_the_xlsx_annex()
    {
        using var api = await host.ClientAsync("supervisor");
        var plan = await (await api.PostAsJsonAsync("/api/plans", new CreateAnnualPlanDto(AuthorityCode.NoiVu, 2042), J)).Content.ReadFromJsonAsync<JsonElement>();
        var id = plan.GetProperty("id").GetGuid();
        (await api.PostAsJsonAsync($"/api/plans/{id}/draw", new DrawPlanDto("DETAIL-2042", plan.GetProperty("concurrencyStamp").GetString()!), J))
            .StatusCode.ShouldBe(HttpStatusCode.OK);

        var vi = (await api.GetFromJsonAsync<PagedResultDto<PlanItemDto>>($"/api/plans/{id}/items?take=500", J))!.Items;
        var en = (await api.GetFromJsonAsync<PagedResultDto<PlanItemDto>>($"/api/plans/{id}/items?take=500&culture=en", J))!.Items.ToDictionary(i => i.Id);
        vi.Count.ShouldBeGreaterThan(50);
        foreach (var item in vi)
        {
            // English: the engine's sentence, clause for clause; Vietnamese: none of its words.
            en[item.Id].DetailText.ShouldBe(item.Detail);
            item.DetailText.ShouldNotBeNullOrWhiteSpace();
            EngineWords.ShouldAllBe(w => !item.DetailText.Contains(w, StringComparison.OrdinalIgnoreCase), item.DetailText);
        }
        var drawn = vi.First(i => i.Reason == "RiskDraw");
        drawn.DetailText.ShouldStartWith(LocalizationTexts.Vi["SamplingDetail.RiskDraw"].Split('{')[0] + drawn.RiskScore + ")");

        using var page = new TestClient(host.BaseAddress);
        (await page.LoginAsync("supervisor")).StatusCode.ShouldBe(HttpStatusCode.Redirect);
        var html = WebUtility.HtmlDecode(await page.Http.GetStringAsync($"/Planning/Plan/{id}?q={drawn.UnitCode}"));
        html.ShouldContain(drawn.DetailText);
        html.ShouldNotContain(drawn.Detail);
        var htmlEn = WebUtility.HtmlDecode(await page.Http.GetStringAsync($"/Planning/Plan/{id}?q={drawn.UnitCode}&culture=en"));
        htmlEn.ShouldContain(drawn.Detail);

        var xlsxVi = await XlsxTextAsync(await api.GetAsync($"/api/plans/{id}/export?format=Xlsx"));
        var xlsxEn = await XlsxTextAsync(await api.GetAsync($"/api/plans/{id}/export?format=Xlsx&culture=en"));
        foreach (var item in vi)
        {
            xlsxVi.ShouldContain(item.DetailText);
            xlsxEn.ShouldContain(item.Detail);
        }
        EngineWords.ShouldAllBe(w => !xlsxVi.Contains(w, StringComparison.OrdinalIgnoreCase));

        // The CSV's contract: reason codes and the engine's sentence, whatever the language.
        var csv = await (await api.GetAsync($"/api/plans/{id}/export?format=Csv")).Content.ReadAsStringAsync();
        csv.ShouldContain("RISK_DRAW");
        csv.ShouldContain(drawn.Detail);
    }
}
