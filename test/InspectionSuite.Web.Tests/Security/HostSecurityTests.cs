using System.Net;
using InspectionSuite.EntityFrameworkCore;
using InspectionSuite.Identity;
using InspectionSuite.Testing;
using InspectionSuite.Web.Tests.Infrastructure;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Shouldly;
using Xunit;

namespace InspectionSuite.Web.Tests.Security;

/// <summary>A Production host behind a TLS proxy on 127.0.0.1 (a known proxy by default), HTTPS port 443.</summary>
public sealed class ProductionWebHost : IAsyncLifetime
{
    public WebTestHost Host { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        var dir = TestPaths.NewTempDirectory("is-prod");
        Host = WebTestHost.InEnvironment("Production", [.. ProductionSettings.Args(dir), "--https_port=443"]);
        await Host.InitializeAsync();
    }

    /// <summary>A client whose requests name the public host; <paramref name="viaTls"/> adds the proxy's X-Forwarded-Proto: https.</summary>
    public TestClient CreateClient(bool viaTls = true)
    {
        var client = Host.CreateClient();
        client.Http.DefaultRequestHeaders.Host = ProductionSettings.PublicHost;
        if (viaTls) client.Http.DefaultRequestHeaders.Add("X-Forwarded-Proto", "https");
        return client;
    }

    public Task DisposeAsync() => Host.DisposeAsync();
}

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

public sealed class HostSecurityStartupTests
{
    [Fact]
    public void Should_refuse_to_start_in_production_without_a_data_protection_certificate_and_say_which_setting()
    {
        var error = Should.Throw<InvalidOperationException>(() => Build("--AllowedHosts=app.test"));
        error.Message.ShouldContain("DataProtection:CertificatePath");
        error.Message.ShouldContain("DataProtection:CertificatePassword");
    }

    [Fact]
    public void Should_refuse_to_start_in_production_when_any_host_is_allowed()
    {
        var dir = TestPaths.NewTempDirectory("is-prod-hosts");
        var certificate = ProductionSettings.WriteCertificate(dir);
        var settings = new[] { $"--DataProtection:CertificatePath={certificate}", $"--DataProtection:CertificatePassword={ProductionSettings.CertificatePassword}" };
        Should.Throw<InvalidOperationException>(() => Build(settings)).Message.ShouldContain("AllowedHosts");
        Should.Throw<InvalidOperationException>(() => Build([.. settings, "--AllowedHosts=*"])).Message.ShouldContain("AllowedHosts");
    }

    [Fact]
    public void Should_refuse_a_certificate_it_cannot_open()
    {
        var dir = TestPaths.NewTempDirectory("is-prod-cert");
        var certificate = ProductionSettings.WriteCertificate(dir);
        var error = Should.Throw<InvalidOperationException>(() => Build("--AllowedHosts=app.test", $"--DataProtection:CertificatePath={certificate}", "--DataProtection:CertificatePassword=wrong"));
        error.Message.ShouldContain(certificate);
    }

    private static void Build(params string[] settings)
    {
        var dir = TestPaths.NewTempDirectory("is-prod-start");
        WebApp.Build(new WebApplicationOptions
        {
            ContentRootPath = TestPaths.WebProject,
            EnvironmentName = "Production",
            // The audit chain key is given, so that only the host settings under test are missing.
            Args = ["--urls", "http://127.0.0.1:0", $"--ConnectionStrings:Default=Data Source={Path.Combine(dir, "web.db")}", $"--Logging:Directory={Path.Combine(dir, "logs")}",
                $"--Audit:ChainKey={TestAuditChainKey.Base64}", .. settings],
        });
    }
}
