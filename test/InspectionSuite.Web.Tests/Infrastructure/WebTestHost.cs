using System.Net;
using System.Text.RegularExpressions;
using InspectionSuite.Testing;
using InspectionSuite.Web;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.DependencyInjection;
using Xunit;

namespace InspectionSuite.Web.Tests.Infrastructure;

/// <summary>
/// The real web app on Kestrel at 127.0.0.1 (random port) over a fresh SQLite file, in Development so the
/// demo users exist. Used by HTTP tests and by Playwright. Several hosts may share one database.
/// </summary>
public sealed class WebTestHost : IAsyncLifetime
{
    public string DataDirectory { get; }
    public string ConnectionString { get; }
    public WebApplication App { get; private set; } = null!;
    public Uri BaseAddress { get; private set; } = null!;

    public WebTestHost()
    {
        DataDirectory = TestPaths.NewTempDirectory("is-web");
        ConnectionString = $"Data Source={Path.Combine(DataDirectory, "web.db")}";
    }

    /// <summary>A host on an existing data directory (e.g. a second instance on the same database).</summary>
    public static WebTestHost OnSameDatabaseAs(WebTestHost other) => new(other.DataDirectory);

    private WebTestHost(string dataDirectory)
    {
        DataDirectory = dataDirectory;
        ConnectionString = $"Data Source={Path.Combine(dataDirectory, "web.db")}";
    }

    public async Task InitializeAsync()
    {
        App = WebApp.Build(new WebApplicationOptions
        {
            ContentRootPath = TestPaths.WebProject,
            EnvironmentName = "Development",
            Args =
            [
                "--urls", "http://127.0.0.1:0",
                $"--ConnectionStrings:Default={ConnectionString}",
                $"--Logging:Directory={Path.Combine(DataDirectory, "logs")}",
                $"--Cases:Evidence:RootDirectory={Path.Combine(DataDirectory, "evidence")}",
                "--Serilog:MinimumLevel:Default=Warning",
                "--RateLimits:LoginPerMinute=1000",
                // Not the generated Development key file in the source tree's App_Data; one key for every host of the run.
                $"--Audit:ChainKey={TestAuditChainKey.Base64}",
            ],
        });
        await App.StartAsync();
        var address = App.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        BaseAddress = new Uri(address.Replace("[::]", "127.0.0.1"));
    }

    /// <summary>A client with its own cookie jar that does not follow redirects (so tests see 302s).</summary>
    public TestClient CreateClient() => new(BaseAddress);

    public async Task DisposeAsync()
    {
        await App.StopAsync();
        await App.DisposeAsync();
        SqliteConnection.ClearAllPools();
    }
}

public sealed class TestClient : IDisposable
{
    private static readonly Regex TokenPattern = new("name=\"__RequestVerificationToken\" type=\"hidden\" value=\"([^\"]+)\"", RegexOptions.Compiled);

    public CookieContainer Cookies { get; } = new();
    public HttpClient Http { get; }

    public TestClient(Uri baseAddress)
    {
        Http = new HttpClient(new HttpClientHandler { CookieContainer = Cookies, AllowAutoRedirect = false }) { BaseAddress = baseAddress };
    }

    public static string AntiforgeryToken(string html)
    {
        var match = TokenPattern.Match(html);
        if (!match.Success) throw new InvalidOperationException("No antiforgery token in the page.");
        return WebUtility.HtmlDecode(match.Groups[1].Value);
    }

    public async Task<string> GetTokenAsync(string path) => AntiforgeryToken(await Http.GetStringAsync(path));

    public async Task<HttpResponseMessage> LoginAsync(string userName, string password = Seeding.DataSeeder.DemoPassword)
    {
        var token = await GetTokenAsync("/Account/Login");
        return await Http.PostAsync("/Account/Login", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["Input.UserName"] = userName,
            ["Input.Password"] = password,
            ["__RequestVerificationToken"] = token,
        }));
    }

    public void Dispose() => Http.Dispose();
}
