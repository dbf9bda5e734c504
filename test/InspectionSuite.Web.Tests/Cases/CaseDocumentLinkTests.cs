using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using InspectionSuite.Web.Tests.Infrastructure;
using Shouldly;
using Xunit;

namespace InspectionSuite.Web.Tests.Cases;

public sealed class CaseDocumentLinkTests(WebTestHost host) : IClassFixture<WebTestHost>
{
    [Fact]
    public async Task Should_offer_the_case_documents_on_the_case_page_and_serve_them()
    {
        using var client = host.CreateClient();
        await client.LoginAsync("supervisor");
        var list = await client.Http.GetFromJsonAsync<JsonElement>("/api/cases?maxResultCount=50");
        var id = list.GetProperty("items").EnumerateArray().First(c => c.GetProperty("decisionNumber").ValueKind == JsonValueKind.String).GetProperty("id").GetGuid();

        var html = await client.Http.GetStringAsync($"/Cases/Detail/{id}");
        html.ShouldContain("id=\"case-documents\"");
        var link = System.Text.RegularExpressions.Regex.Match(html, $"href=\"(/api/cases/{id}/documents/[a-z-]+)\"");
        link.Success.ShouldBeTrue("at least one document of a decided case can be generated");

        var docx = await client.Http.GetAsync(link.Groups[1].Value);
        docx.StatusCode.ShouldBe(HttpStatusCode.OK);
        docx.Content.Headers.ContentType!.MediaType.ShouldBe("application/vnd.openxmlformats-officedocument.wordprocessingml.document");
    }
}
