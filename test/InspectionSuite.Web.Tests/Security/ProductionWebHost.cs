using InspectionSuite.Testing;
using InspectionSuite.Web.Tests.Infrastructure;
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
