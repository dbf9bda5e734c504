using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using InspectionSuite.Permissions;
using InspectionSuite.Web.Tests.Infrastructure;
using Shouldly;
using Xunit;

namespace InspectionSuite.Web.Tests.Security;

/// <summary>
/// An unsafe /api call that rides on the cookie must come from the app itself (its Origin, or the antiforgery header);
/// one started by another origin is refused before anything changes. Bearer calls need neither.
/// </summary>
public sealed class ApiCsrfTests(WebTestHost host) : IClassFixture<WebTestHost>
{
    private const string Role = "Inspector";
    private const string Permission = InspectionSuitePermissions.Administration.AuditLog;
    private static readonly string GrantPath = $"/api/permissions/{Role}/{Permission}";

    private async Task<TestClient> AdminAsync()
    {
        var admin = host.CreateClient();
        (await admin.LoginAsync("admin")).StatusCode.ShouldBe(HttpStatusCode.Redirect);
        return admin;
    }

    private async Task<bool> IsGrantedAsync()
    {
        using var admin = await AdminAsync();
        var roles = await admin.Http.GetFromJsonAsync<JsonElement>("/api/permissions");
        return roles.EnumerateArray().Single(r => r.GetProperty("roleName").GetString() == Role)
            .GetProperty("permissions").EnumerateArray().Single(p => p.GetProperty("name").GetString() == Permission)
            .GetProperty("isGranted").GetBoolean();
    }

    private static HttpRequestMessage Post(string path, string? origin = null, string? fetchSite = null)
    {
        // What a page on another origin can send without a preflight: a "simple" text/plain POST.
        var request = new HttpRequestMessage(HttpMethod.Post, path) { Content = new StringContent("x", Encoding.UTF8, "text/plain") };
        if (origin is not null) request.Headers.Add("Origin", origin);
        if (fetchSite is not null) request.Headers.Add("Sec-Fetch-Site", fetchSite);
        return request;
    }

    [Theory]
    [InlineData("http://evil.example", null)]
    [InlineData("null", null)]
    [InlineData(null, "same-site")] // another port or subdomain of the same site: SameSite=Lax still sends the cookie
    [InlineData(null, null)]
    public async Task Should_refuse_a_cookie_call_from_another_origin_and_change_nothing(string? origin, string? fetchSite)
    {
        using var admin = (await AdminAsync()).WithoutOrigin();
        foreach (var path in new[] { GrantPath, "/api/notifications/read-all", "/api/audit-log/verify" })
        {
            var response = await admin.Http.SendAsync(Post(path, origin, fetchSite));

            response.StatusCode.ShouldBe(HttpStatusCode.Forbidden, path);
            response.Content.Headers.ContentType!.MediaType.ShouldBe("application/problem+json");
            (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("code").GetString().ShouldBe(InspectionSuiteErrorCodes.CrossOriginRequestRefused);
        }
        (await IsGrantedAsync()).ShouldBeFalse();
    }

    [Fact]
    public async Task Should_accept_a_cookie_call_with_the_antiforgery_header_or_from_the_app_origin()
    {
        using var admin = (await AdminAsync()).WithoutOrigin();
        var token = await admin.GetTokenAsync("/Admin/Permissions");
        var withHeader = Post(GrantPath);
        withHeader.Headers.Add("X-CSRF-TOKEN", token);
        (await admin.Http.SendAsync(withHeader)).StatusCode.ShouldBe(HttpStatusCode.NoContent);
        (await IsGrantedAsync()).ShouldBeTrue();

        var forged = new HttpRequestMessage(HttpMethod.Delete, GrantPath);
        forged.Headers.Add("X-CSRF-TOKEN", "not-a-token");
        (await admin.Http.SendAsync(forged)).StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        (await IsGrantedAsync()).ShouldBeTrue();

        var sameOrigin = new HttpRequestMessage(HttpMethod.Delete, GrantPath);
        sameOrigin.Headers.Add("Origin", host.BaseAddress.GetLeftPart(UriPartial.Authority));
        (await admin.Http.SendAsync(sameOrigin)).StatusCode.ShouldBe(HttpStatusCode.NoContent);
        (await IsGrantedAsync()).ShouldBeFalse();
    }

    [Fact]
    public async Task Should_accept_a_bearer_call_without_origin_or_antiforgery_header()
    {
        using var api = await Accounts.BearerClientAsync(host, "admin", Seeding.DataSeeder.DemoPassword);
        (await api.SendAsync(Post(GrantPath, origin: "http://evil.example"))).StatusCode.ShouldBe(HttpStatusCode.NoContent);
        (await IsGrantedAsync()).ShouldBeTrue();
        (await api.DeleteAsync(GrantPath)).StatusCode.ShouldBe(HttpStatusCode.NoContent);
        (await IsGrantedAsync()).ShouldBeFalse();
    }
}
