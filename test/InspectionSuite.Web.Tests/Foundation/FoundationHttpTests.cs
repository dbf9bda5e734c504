using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using InspectionSuite.Organization;
using InspectionSuite.Web.Tests.Infrastructure;
using Microsoft.Extensions.Configuration;
using Shouldly;
using Xunit;

namespace InspectionSuite.Web.Tests.Foundation;

public sealed class FoundationHttpTests(WebTestHost host) : IClassFixture<WebTestHost>
{
    [Fact]
    public async Task Should_start_on_an_empty_directory_and_serve_the_login_page()
    {
        using var client = host.CreateClient();
        var response = await client.Http.GetAsync("/Account/Login");
        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        var html = await response.Content.ReadAsStringAsync();
        html.ShouldContain("Đăng nhập");
        html.ShouldContain("/lib/bootstrap/css/bootstrap.min.css");
        (await client.Http.GetAsync("/lib/bootstrap/css/bootstrap.min.css")).StatusCode.ShouldBe(HttpStatusCode.OK);
        File.Exists(Path.Combine(host.DataDirectory, "web.db")).ShouldBeTrue();
        (await client.Http.GetStringAsync("/health")).ShouldBe("Healthy");
    }

    [Fact]
    public async Task Should_let_the_browser_keep_a_versioned_static_file_and_ask_again_for_an_unversioned_one()
    {
        using var client = host.CreateClient();
        var html = await client.Http.GetStringAsync("/Account/Login");
        var versioned = System.Text.RegularExpressions.Regex.Match(html, "/css/site\\.css\\?v=[\\w-]+").Value;
        versioned.ShouldNotBeEmpty(); // the page links the file with its hash

        var kept = await client.Http.GetAsync(versioned);
        kept.StatusCode.ShouldBe(HttpStatusCode.OK);
        kept.Headers.CacheControl.ShouldNotBeNull();
        (kept.Headers.CacheControl.Public, kept.Headers.CacheControl.MaxAge).ShouldBe((true, TimeSpan.FromDays(365)));
        kept.Headers.CacheControl.Extensions.Select(e => e.Name).ShouldContain("immutable");

        var plain = await client.Http.GetAsync("/css/site.css");
        plain.StatusCode.ShouldBe(HttpStatusCode.OK);
        plain.Headers.CacheControl.ShouldBeNull(); // revalidated by its ETag: the same path may hold another file tomorrow
        plain.Headers.ETag.ShouldNotBeNull();
    }

    [Fact]
    public void Should_not_watch_its_configuration_files_in_a_test_host()
    {
        var files = ((IConfigurationRoot)host.App.Configuration).Providers.OfType<FileConfigurationProvider>().ToList();
        files.ShouldNotBeEmpty();
        files.Where(f => f.Source.ReloadOnChange).Select(f => f.Source.Path).ShouldBeEmpty();
    }

    [Theory]
    [InlineData(null, "/Admin/Permissions", HttpStatusCode.Redirect)]
    [InlineData("inspector", "/Admin/Permissions", HttpStatusCode.Forbidden)]
    [InlineData("supervisor", "/Admin/Permissions", HttpStatusCode.Forbidden)]
    [InlineData("admin", "/Admin/Permissions", HttpStatusCode.OK)]
    [InlineData("inspector", "/Admin/Units", HttpStatusCode.OK)]
    [InlineData("unitrep", "/Admin/Units", HttpStatusCode.Forbidden)]
    [InlineData(null, "/api/permissions", HttpStatusCode.Unauthorized)]
    [InlineData("leader", "/api/permissions", HttpStatusCode.Forbidden)]
    [InlineData("admin", "/api/permissions", HttpStatusCode.OK)]
    [InlineData("unitrep", "/api/units", HttpStatusCode.Forbidden)]
    [InlineData("supervisor", "/api/units", HttpStatusCode.OK)]
    [InlineData("leader", "/api/audit-log", HttpStatusCode.Forbidden)]
    public async Task Should_enforce_permissions_on_pages_and_api(string? user, string path, HttpStatusCode expected)
    {
        using var client = host.CreateClient();
        if (user is not null) (await client.LoginAsync(user)).StatusCode.ShouldBe(HttpStatusCode.Redirect);
        var response = await client.Http.GetAsync(path);
        response.StatusCode.ShouldBe(expected);
        if (expected == HttpStatusCode.Redirect) response.Headers.Location!.ToString().ShouldContain("/Account/Login");
    }

    [Fact]
    public async Task Should_issue_bearer_tokens_to_api_clients()
    {
        using var client = host.CreateClient();
        var token = await client.Http.PostAsJsonAsync("/api/account/token", new { userName = "supervisor", password = Seeding.DataSeeder.DemoPassword });
        token.StatusCode.ShouldBe(HttpStatusCode.OK);
        var accessToken = (await token.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("accessToken").GetString();

        using var api = host.CreateClient();
        api.Http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", accessToken);
        var units = await api.Http.GetFromJsonAsync<JsonElement>("/api/units?take=5");
        units.GetProperty("totalCount").GetInt32().ShouldBe(111);

        var wrong = await client.Http.PostAsJsonAsync("/api/account/token", new { userName = "supervisor", password = "wrong" });
        wrong.StatusCode.ShouldBe(HttpStatusCode.Unauthorized);
    }

    [Fact]
    public async Task Should_answer_a_stale_update_with_409_and_the_error_code()
    {
        using var client = host.CreateClient();
        await client.LoginAsync("admin");
        var page = await client.Http.GetFromJsonAsync<JsonElement>("/api/units?filter=X040");
        var unit = page.GetProperty("items")[0];
        var id = unit.GetProperty("id").GetGuid();
        var stamp = unit.GetProperty("concurrencyStamp").GetString()!;

        var first = await client.Http.PutAsJsonAsync($"/api/units/{id}", new UpdateUnitDto("Xã Minh Long (đổi tên)", UnitKind.Commune, null, null, stamp));
        first.StatusCode.ShouldBe(HttpStatusCode.OK);
        var second = await client.Http.PutAsJsonAsync($"/api/units/{id}", new UpdateUnitDto("Xã Minh Long (lần hai)", UnitKind.Commune, null, null, stamp));
        second.StatusCode.ShouldBe(HttpStatusCode.Conflict);
        var problem = await second.Content.ReadFromJsonAsync<JsonElement>();
        problem.GetProperty("code").GetString().ShouldBe(InspectionSuiteErrorCodes.ConcurrencyConflict);
        problem.GetProperty("title").GetString()!.ShouldContain("người khác");

        var now = await client.Http.GetFromJsonAsync<JsonElement>($"/api/units/{id}");
        now.GetProperty("name").GetString().ShouldBe("Xã Minh Long (đổi tên)");
    }

    [Fact]
    public async Task Should_answer_bad_input_with_field_errors_and_change_nothing()
    {
        using var client = host.CreateClient();
        await client.LoginAsync("admin");
        var unit = (await client.Http.GetFromJsonAsync<JsonElement>("/api/units?filter=X041")).GetProperty("items")[0];
        var id = unit.GetProperty("id").GetGuid();
        var response = await client.Http.PutAsJsonAsync($"/api/units/{id}",
            new UpdateUnitDto("", UnitKind.Commune, new DateOnly(2027, 1, 1), new DateOnly(2026, 1, 1), unit.GetProperty("concurrencyStamp").GetString()!));
        response.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        var problem = await response.Content.ReadFromJsonAsync<JsonElement>();
        problem.GetProperty("code").GetString().ShouldBe(InspectionSuiteErrorCodes.ValidationFailed);
        problem.GetProperty("errors").TryGetProperty("name", out _).ShouldBeTrue(); // the JSON field name
        (await client.Http.GetFromJsonAsync<JsonElement>($"/api/units/{id}")).GetProperty("name").GetString().ShouldBe("Xã Sơn Hà");
    }

    [Fact]
    public async Task Should_refuse_a_form_post_without_antiforgery_token()
    {
        using var client = host.CreateClient();
        await client.Http.GetAsync("/Account/Login");
        var response = await client.Http.PostAsync("/Account/Login", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["Input.UserName"] = "admin", ["Input.Password"] = Seeding.DataSeeder.DemoPassword,
        }));
        response.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
    }

    [Fact]
    public async Task Should_send_security_headers()
    {
        using var client = host.CreateClient();
        var response = await client.Http.GetAsync("/Account/Login");
        response.Headers.GetValues("Content-Security-Policy").Single().ShouldContain("frame-ancestors 'none'");
        response.Headers.GetValues("X-Content-Type-Options").Single().ShouldBe("nosniff");
    }

    [Fact]
    public async Task Should_switch_to_english()
    {
        using var client = host.CreateClient();
        (await client.Http.GetAsync("/culture/en?returnUrl=/Account/Login")).StatusCode.ShouldBe(HttpStatusCode.Redirect);
        (await client.Http.GetStringAsync("/Account/Login")).ShouldContain("Sign in");
    }

    [Fact]
    public async Task Should_serve_openapi_and_record_requests_in_the_audit_log()
    {
        using var client = host.CreateClient();
        var openApi = await client.Http.GetStringAsync("/openapi/v1.json");
        openApi.ShouldContain("/api/units");
        await client.LoginAsync("admin");
        var token = await client.GetTokenAsync("/Admin/Users");
        (await client.Http.PostAsync("/Admin/Users?handler=Create", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["Input.UserName"] = "audited.user", ["Input.FullName"] = "Người Thử", ["Input.Password"] = "Str0ng!Pass", ["Input.Role"] = "Inspector",
            ["__RequestVerificationToken"] = token,
        }))).StatusCode.ShouldBe(HttpStatusCode.Redirect);
        var log = await client.Http.GetFromJsonAsync<JsonElement>("/api/audit-log?kind=Request&take=200");
        log.GetProperty("items").EnumerateArray().ShouldContain(r =>
            r.GetProperty("action").GetString()!.Contains("POST") && r.GetProperty("summary").GetString()!.Contains("Input.Password=***")
            && r.GetProperty("summary").GetString()!.Contains("Input.UserName=audited.user"));
    }

    [Fact]
    public async Task Should_show_my_unit_in_the_menu_only_to_a_user_linked_to_a_unit()
    {
        const string myUnitLink = "<a class=\"nav-link\" href=\"/MyUnit\">";
        using var admin = host.CreateClient();
        (await admin.LoginAsync("admin")).StatusCode.ShouldBe(HttpStatusCode.Redirect);
        using var unitrep = host.CreateClient();
        (await unitrep.LoginAsync("unitrep")).StatusCode.ShouldBe(HttpStatusCode.Redirect);

        // The admin holds the permission behind "Đơn vị của tôi" but speaks for no unit: no menu entry to an empty list.
        (await admin.Http.GetAsync("/MyUnit")).StatusCode.ShouldBe(HttpStatusCode.OK);
        var adminHome = await admin.Http.GetStringAsync("/");
        adminHome.ShouldContain("<a class=\"nav-link\" href=\"/Cases\">");
        adminHome.ShouldNotContain(myUnitLink);
        adminHome.ShouldNotContain("Đơn vị của tôi");

        var unitrepHome = await unitrep.Http.GetStringAsync("/");
        unitrepHome.ShouldContain(myUnitLink);
        unitrepHome.ShouldContain("Đơn vị của tôi");
    }
}
