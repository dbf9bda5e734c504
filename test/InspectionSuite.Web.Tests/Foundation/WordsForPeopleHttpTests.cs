using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using InspectionSuite.Organization;
using InspectionSuite.Planning;
using InspectionSuite.Web.Tests.Infrastructure;
using Shouldly;
using Xunit;

namespace InspectionSuite.Web.Tests.Foundation;

/// <summary>No internal name reaches a person: permission names, entity type names, sampling reason codes.</summary>
public sealed class WordsForPeopleHttpTests(WebTestHost host) : IClassFixture<WebTestHost>
{
    [Fact]
    public async Task Should_name_permissions_in_words_on_the_permissions_page()
    {
        using var admin = host.CreateClient();
        await admin.LoginAsync("admin");

        var text = VisibleText.Of(await admin.Http.GetStringAsync("/Admin/Permissions"));

        text.ShouldNotContain("InspectionSuite.");
        text.ShouldContain("Hủy cuộc thanh tra/kiểm tra");
    }

    [Fact]
    public async Task Should_say_what_was_not_found_in_words_on_pages_and_in_the_api()
    {
        using var supervisor = host.CreateClient();
        await supervisor.LoginAsync("supervisor");

        var page = await supervisor.Http.GetAsync($"/Planning/Plan/{Guid.NewGuid()}");
        var api = await supervisor.Http.GetAsync($"/api/cases/{Guid.NewGuid()}");

        page.StatusCode.ShouldBe(HttpStatusCode.NotFound);
        var text = VisibleText.Of(await page.Content.ReadAsStringAsync());
        text.ShouldContain("Không tìm thấy kế hoạch năm.");
        text.ShouldNotContain("AnnualPlan");
        api.StatusCode.ShouldBe(HttpStatusCode.NotFound);
        var problem = await api.Content.ReadFromJsonAsync<JsonElement>();
        problem.GetProperty("code").GetString().ShouldBe(InspectionSuiteErrorCodes.EntityNotFound);
        problem.GetProperty("title").GetString().ShouldBe("Không tìm thấy cuộc thanh tra/kiểm tra.");
    }

    [Fact]
    public async Task Should_show_sampling_reasons_in_words_and_percentages_the_vietnamese_way()
    {
        using var supervisor = host.CreateClient();
        await supervisor.LoginAsync("supervisor");
        var created = await supervisor.Http.PostAsJsonAsync("/api/plans", new CreateAnnualPlanDto(AuthorityCode.NoiVu, 2051));
        var plan = await created.Content.ReadFromJsonAsync<JsonElement>();
        var id = plan.GetProperty("id").GetGuid();
        (await supervisor.Http.PostAsJsonAsync($"/api/plans/{id}/draw", new DrawPlanDto("WORDS-2051", plan.GetProperty("concurrencyStamp").GetString()!))).StatusCode.ShouldBe(HttpStatusCode.OK);

        var html = await supervisor.Http.GetStringAsync($"/Planning/Plan/{id}?reason=RISK_DRAW");
        var text = VisibleText.Of(html);

        text.ShouldContain("20,0%");
        text.ShouldNotContain("20.0%");
        text.ShouldContain("Bốc chọn theo mức rủi ro");
        foreach (var code in new[] { "MANDATORY", "RISK_DRAW", "OVERDUE_ROTATION", "NOT_DRAWN", "RiskDraw", "NotDrawn" }) text.ShouldNotContain(code);
        html.ShouldContain("data-reason=\"RiskDraw\""); // the enum name (PascalCase, issue 19 item 6) stays for scripts and tests
        // The CSV keeps its reason codes: that is its contract.
        (await supervisor.Http.GetStringAsync($"/api/plans/{id}/export?format=Csv")).ShouldContain("RISK_DRAW");
    }
}
