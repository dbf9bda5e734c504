using System.Net;
using InspectionSuite.EntityFrameworkCore;
using InspectionSuite.Identity;
using InspectionSuite.Web.Tests.Infrastructure;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Shouldly;
using Xunit;

namespace InspectionSuite.Web.Tests.Security;

public sealed class HostSecurityTests(ProductionWebHost production) : IClassFixture<ProductionWebHost>
{
    [Fact]
    public async Task Should_send_hsts_on_requests_forwarded_as_https_and_redirect_plain_http()
    {
        using var tls = production.CreateClient();
        var page = await tls.Http.GetAsync("/Account/Login");
        page.StatusCode.ShouldBe(HttpStatusCode.OK);
        page.Headers.GetValues("Strict-Transport-Security").Single().ShouldContain("max-age=31536000");

        using var plain = production.CreateClient(viaTls: false);
        var redirect = await plain.Http.GetAsync("/Account/Login");
        redirect.StatusCode.ShouldBe(HttpStatusCode.TemporaryRedirect);
        redirect.Headers.Location!.ToString().ShouldBe($"https://{ProductionSettings.PublicHost}/Account/Login");
        redirect.Headers.Contains("Strict-Transport-Security").ShouldBeFalse(); // HSTS is only sent over HTTPS
    }

    [Fact]
    public async Task Should_refuse_a_host_header_not_in_allowed_hosts()
    {
        using var client = production.CreateClient();
        client.Http.DefaultRequestHeaders.Host = "evil.example";
        (await client.Http.GetAsync("/Account/Login")).StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        (await client.Http.GetAsync("/openapi/v1.json")).StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        (await client.Http.GetAsync("/Cases")).StatusCode.ShouldBe(HttpStatusCode.BadRequest); // no login redirect to evil.example

        using var allowed = production.CreateClient();
        (await allowed.Http.GetAsync("/openapi/v1.json")).StatusCode.ShouldBe(HttpStatusCode.OK);
    }

    [Fact]
    public async Task Should_not_send_a_server_header()
    {
        using var client = production.CreateClient();
        var response = await client.Http.GetAsync("/Account/Login");
        response.Headers.Server.ShouldBeEmpty();
        (await client.Http.GetAsync("/no-such-page")).Headers.Server.ShouldBeEmpty();
    }

    [Fact]
    public async Task Should_mark_the_sign_in_cookie_secure_behind_the_tls_proxy()
    {
        await using (var scope = production.Host.App.Services.CreateAsyncScope())
        {
            var users = scope.ServiceProvider.GetRequiredService<UserManager<AppUser>>();
            if (await users.FindByNameAsync("operator") is null)
                (await users.CreateAsync(new AppUser { Id = Guid.NewGuid(), UserName = "operator", FullName = "Vận hành" }, "Operator@2026!")).Succeeded.ShouldBeTrue();
        }
        using var client = production.CreateClient();
        var response = await client.LoginAsync("operator", "Operator@2026!");
        response.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        var auth = response.Headers.GetValues("Set-Cookie").Single(c => c.StartsWith("InspectionSuite.Auth="));
        auth.ShouldContain("secure", Case.Insensitive);
        auth.ShouldContain("httponly", Case.Insensitive);
    }

    [Fact]
    public async Task Should_store_data_protection_keys_encrypted_with_the_certificate()
    {
        using var client = production.CreateClient();
        await client.GetTokenAsync("/Account/Login"); // an antiforgery token needs a key
        await using var scope = production.Host.App.Services.CreateAsyncScope();
        var keys = await scope.ServiceProvider.GetRequiredService<InspectionSuiteDbContext>().DataProtectionKeys.Select(k => k.Xml).ToListAsync();
        keys.ShouldNotBeEmpty();
        keys.ShouldAllBe(xml => xml!.Contains("encryptedSecret") && xml.Contains("X509Data") && !xml.Contains("<masterKey"));
    }
}
