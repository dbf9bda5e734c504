using InspectionSuite.Testing;
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
    private bool _seedsLikeAPlainHost;

    public WebTestHost() : this(TestPaths.NewTempDirectory("is-web"), "Development", []) { }

    /// <summary>
    /// A host with more settings (e.g. "--RateLimits:LoginPerMinute=5"), services registered before the app's own, or
    /// endpoints of the test's own mapped before it starts. Pass <paramref name="seedsLikeAPlainHost"/> when
    /// <paramref name="configure"/> cannot change what start-up seeds (Kestrel limits, a rate limiter, a counting
    /// wrapper): the host then starts from the seeded template like a plain one. Never for a replaced clock: demo data
    /// is dated from the clock's today.
    /// </summary>
    public static WebTestHost With(string[] extraArgs, Action<WebApplicationBuilder>? configure = null, Action<WebApplication>? beforeStart = null,
        bool seedsLikeAPlainHost = false)
        => new(TestPaths.NewTempDirectory("is-web"), "Development", extraArgs)
        {
            _configure = configure, _beforeStart = beforeStart, _seedsLikeAPlainHost = seedsLikeAPlainHost,
        };

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
        if (StartsFromSeededTemplate) await SeededTemplate.CopyToAsync(Path.Combine(DataDirectory, "web.db"));
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
                // appsettings*.json and user secrets are not watched: no test edits them while a host runs, and watching them
                // put an inotify watch on every directory under the content root (96 per host, counted; 13 remain, the web
                // root's, for asp-append-version).
                "--hostBuilder:reloadConfigOnChange=false",
                .. _extraArgs,
            ],
        }, _configure);
        _beforeStart?.Invoke(App);
        await App.StartAsync();
        TestRunCounts.HostStarted();
        var address = App.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        BaseAddress = new Uri(address.Replace("[::]", "127.0.0.1"));
    }

    /// <summary>The host that makes the template seeds from scratch.</summary>
    internal bool SkipTemplate { get; init; }

    /// <summary>
    /// A new Development database whose seeding does not depend on the test's services (no replaced clock, see
    /// <see cref="With"/>) starts as a copy of one database migrated and seeded by the app itself once per test run:
    /// seeding the demo users and cases costs about 20 s of CPU per host, more than most test classes. The app still runs
    /// its migrator and seeders at start-up (they find nothing to do), so start-up stays the real path.
    /// </summary>
    private bool StartsFromSeededTemplate => !SkipTemplate &&
        _environment == "Development" && (_configure is null || _seedsLikeAPlainHost) && !File.Exists(Path.Combine(DataDirectory, "web.db"));

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
