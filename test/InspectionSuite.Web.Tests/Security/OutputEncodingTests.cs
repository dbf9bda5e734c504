using System.Net;
using InspectionSuite.Web.Tests.Infrastructure;
using Shouldly;
using Xunit;

namespace InspectionSuite.Web.Tests.Security;

public sealed class OutputEncodingTests(WebTestHost host) : IClassFixture<WebTestHost>
{
    [Fact]
    public async Task Should_encode_user_text_on_pages()
    {
        using var client = host.CreateClient();
        await client.LoginAsync("admin");
        var csv = "code,name,kind\nXSS-1,\"<script>alert('x')</script><img src=x onerror=alert(1)>\",Commune\n";
        var import = await client.Http.PostAsync("/api/units/import", new StringContent(csv, System.Text.Encoding.UTF8, "text/csv"));
        import.StatusCode.ShouldBe(HttpStatusCode.OK);

        var html = await client.Http.GetStringAsync("/Admin/Units?q=XSS-1");
        html.ShouldNotContain("<script>alert('x')</script>");
        html.ShouldNotContain("<img src=x");
        html.ShouldContain("&lt;script&gt;");
    }
}
