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
/// The one Kestrel test host: the real web app at 127.0.0.1 (random port) over a fresh SQLite file, in Development so
/// the demo users exist (or in another environment, see <see cref="InEnvironment"/>). Used by HTTP tests, by
/// <c>CaseWebHost</c> and by Playwright (<see cref="BrowserFixture"/>). Several hosts may share one database.
/// </summary>
public sealed class WebTestHost : IAsyncLifetime
{
    private readonly string _environment;
    private readonly string[] _extraArgs;

    public string DataDirectory { get; }
    public string ConnectionString { get; }
    /// <summary>Where uploaded evidence files are stored (under <see cref="DataDirectory"/>).</summary>
    public string EvidenceDirectory => Path.Combine(DataDirectory, "evidence");
    public WebApplication App { get; private set; } = null!;
    public Uri BaseAddress { get; private set; } = null!;

    private Action<WebApplicationBuilder>? _configure;
    private Action<WebApplication>? _beforeStart;

    public WebTestHost() : this(TestPaths.NewTempDirectory("is-web"), "Development", []) { }

    /// <summary>
    /// A host with more settings (e.g. "--RateLimits:LoginPerMinute=5"), services registered before the app's own, or
    /// endpoints of the test's own mapped before it starts.
    /// </summary>
    public static WebTestHost With(string[] extraArgs, Action<WebApplicationBuilder>? configure = null, Action<WebApplication>? beforeStart = null)
        => new(TestPaths.NewTempDirectory("is-web"), "Development", extraArgs) { _configure = configure, _beforeStart = beforeStart };

    /// <summary>A host on an existing data directory (e.g. a second instance on the same database).</summary>
    public static WebTestHost OnSameDatabaseAs(WebTestHost other) => new(other.DataDirectory, "Development", []);

    /// <summary>
    /// A host in <paramref name="environment"/> with more command-line settings (they come last, so they win), on a new
    /// database or on <paramref name="sameDatabaseAs"/>'s. Outside Development see <see cref="ProductionSettings"/>.
    /// </summary>
    public static WebTestHost InEnvironment(string environment, IEnumerable<string> extraArgs, WebTestHost? sameDatabaseAs = null)
        => new(sameDatabaseAs?.DataDirectory ?? TestPaths.NewTempDirectory("is-web"), environment, [.. extraArgs]);

    private WebTestHost(string dataDirectory, string environment, string[] extraArgs)
    {
        DataDirectory = dataDirectory;
        ConnectionString = $"Data Source={Path.Combine(dataDirectory, "web.db")}";
        _environment = environment;
        _extraArgs = extraArgs;
    }

    public async Task InitializeAsync()
    {
        App = WebApp.Build(new WebApplicationOptions
        {
            ContentRootPath = TestPaths.WebProject,
            EnvironmentName = _environment,
            Args =
            [
                "--urls", "http://127.0.0.1:0",
                $"--ConnectionStrings:Default={ConnectionString}",
                $"--Logging:Directory={Path.Combine(DataDirectory, "logs")}",
                $"--Cases:Evidence:RootDirectory={EvidenceDirectory}",
                "--Serilog:MinimumLevel:Default=Warning",
                "--RateLimits:LoginPerMinute=1000",
                "--RateLimits:TokenPerUserNamePerMinute=1000",
                // Not the generated Development key file in the source tree's App_Data; one key for every host of the run.
                $"--Audit:ChainKey={TestAuditChainKey.Base64}",
                .. _extraArgs,
            ],
        }, _configure);
        _beforeStart?.Invoke(App);
        await App.StartAsync();
        var address = App.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        BaseAddress = new Uri(address.Replace("[::]", "127.0.0.1"));
    }

    /// <summary>
    /// A client with its own cookie jar that does not follow redirects (so tests see 302s). Like a browser on the app's
    /// pages it sends the app's Origin, which cookie-authenticated /api calls need (ApiCsrfMiddleware).
    /// </summary>
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
        Http.DefaultRequestHeaders.Add("Origin", baseAddress.GetLeftPart(UriPartial.Authority));
    }

    /// <summary>Sends no Origin (a script, or a browser that omits it): cookie-authenticated /api calls then need the antiforgery header.</summary>
    public TestClient WithoutOrigin()
    {
        Http.DefaultRequestHeaders.Remove("Origin");
        return this;
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
