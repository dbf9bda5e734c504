using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using InspectionSuite.Web.Tests.Infrastructure;
using Shouldly;
using Xunit;

namespace InspectionSuite.Web.Tests.Foundation;

/// <summary>Odd values in the URL or form: a redirect target, a posted status, a deep skip.</summary>
public sealed class RequestInputHttpTests(WebTestHost host) : IClassFixture<WebTestHost>
{
    [Theory]
    [InlineData("/%5Cevil")]
    [InlineData("/\\evil")]
    [InlineData("//evil.example")]
    [InlineData("https://evil.example/")]
    [InlineData("/%09/evil.example")]
    public async Task Should_send_a_culture_switch_with_a_foreign_return_url_home(string returnUrl)
    {
        using var client = host.CreateClient();
        var response = await client.Http.GetAsync("/culture/en?returnUrl=" + returnUrl);
        response.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        response.Headers.Location!.ToString().ShouldBe("/");
    }

    [Fact]
    public async Task Should_keep_a_local_return_url_of_the_culture_switch()
    {
        using var client = host.CreateClient();
        var response = await client.Http.GetAsync("/culture/en?returnUrl=%2FCases%3Fp%3D2");
        response.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        response.Headers.Location!.ToString().ShouldBe("/Cases?p=2");
    }

    [Theory]
    [InlineData("/no-such-page")]
    [InlineData("/Error")]
    public async Task Should_not_let_a_posted_form_choose_the_error_page_status(string path)
    {
        using var client = host.CreateClient();
        await client.LoginAsync("inspector"); // signed out, an unknown path leads to the login page
        var response = await client.Http.PostAsync(path, new FormUrlEncodedContent(new Dictionary<string, string> { ["status"] = "200" }));
        response.StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await response.Content.ReadAsStringAsync()).ShouldContain("Không tìm thấy");
    }

    [Fact]
    public async Task Should_not_let_the_query_choose_the_status_of_a_direct_error_page_request()
    {
        using var client = host.CreateClient();
        await client.LoginAsync("inspector");
        (await client.Http.GetAsync("/Error?status=200")).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await client.Http.GetAsync("/no-such-page?status=200")).StatusCode.ShouldBe(HttpStatusCode.NotFound);
    }

    [Theory]
    [InlineData("/api/cases")]
    [InlineData("/api/cases/inbox")]
    [InlineData("/api/units")]
    [InlineData("/api/audit-log")]
    [InlineData("/api/notifications")]
    public async Task Should_answer_a_deep_skip_with_an_empty_page_and_the_true_count(string path)
    {
        using var client = host.CreateClient();
        await client.LoginAsync("admin");
        var first = await client.Http.GetFromJsonAsync<JsonElement>(path + "?take=5");
        var deep = await client.Http.GetAsync($"{path}?skip={int.MaxValue}&take=200");
        deep.StatusCode.ShouldBe(HttpStatusCode.OK);
        var page = await deep.Content.ReadFromJsonAsync<JsonElement>();
        page.GetProperty("items").GetArrayLength().ShouldBe(0);
        var total = page.GetProperty("totalCount").GetInt32();
        total.ShouldBeGreaterThanOrEqualTo(0);
        if (!first.TryGetProperty("totalCountIsLowerBound", out var lowerBound) || !lowerBound.GetBoolean())
            total.ShouldBeGreaterThanOrEqualTo(first.GetProperty("totalCount").GetInt32());
    }

    [Fact]
    public async Task Should_show_a_deep_page_of_the_case_list_without_a_negative_count()
    {
        using var client = host.CreateClient();
        await client.LoginAsync("admin");
        var response = await client.Http.GetAsync($"/Cases?p={int.MaxValue / 20}");
        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        (await response.Content.ReadAsStringAsync()).ShouldNotContain("-2147");
    }
}
