using System.Net;
using Microsoft.Playwright;
using Xunit;

namespace InspectionSuite.Web.Tests.Infrastructure;

/// <summary>
/// Debian's Chromium driven by Playwright (Playwright's own browser download does not work here). When no
/// browser is installed the browser tests are skipped with a message — unless INSPECTIONSUITE_REQUIRE_BROWSER=1
/// (set by .ci/run), where a missing browser fails the run.
/// </summary>
public static class Browser
{
    public const string ExecutablePath = "/usr/bin/chromium";
    public static bool Required => Environment.GetEnvironmentVariable("INSPECTIONSUITE_REQUIRE_BROWSER") == "1";
    public static bool Available => File.Exists(ExecutablePath);

    public static string? SkipReason => Available || Required
        ? null
        : $"No browser at {ExecutablePath}: install Debian's chromium (apt-get install -y chromium) to run browser tests.";

    /// <summary>
    /// Whether the journeys' screenshots of the main pages are taken (INSPECTIONSUITE_SCREENSHOTS=1): to look at the pages,
    /// not to check them. No test reads them and CI keeps none, and a full-page capture costs ~0.6 s of CPU (~117 per run,
    /// ~5% of Web.Tests' CPU, measured), so by default they are not taken; a screenshot of a failure always is.
    /// </summary>
    public static bool TakesPageScreenshots => Environment.GetEnvironmentVariable("INSPECTIONSUITE_SCREENSHOTS") == "1";

    /// <summary>Where screenshots land (under the test output).</summary>
    public static string ScreenshotDirectory
    {
        get
        {
            var dir = Path.Combine(AppContext.BaseDirectory, "screenshots");
            Directory.CreateDirectory(dir);
            return dir;
        }
    }
}

/// <summary>A [Fact] that is skipped (with the reason) when no browser exists and CI does not require one.</summary>
public sealed class BrowserFactAttribute : FactAttribute
{
    public BrowserFactAttribute()
    {
        if (Browser.SkipReason is { } reason) Skip = reason;
    }
}

/// <summary>
/// One Chromium process (and one Playwright driver) for the whole test run, launched by the first browser test:
/// starting them costs seconds of CPU, a browser context (own cookies and storage) costs milliseconds, so each
/// <see cref="BrowserFixture"/> isolates its tests with contexts of its own instead of a browser of its own. Closed
/// when the test process exits; relaunched if it crashed.
/// </summary>
internal static class SharedChromium
{
    private static readonly SemaphoreSlim Gate = new(1, 1);
    private static IPlaywright? _playwright;
    private static IBrowser? _browser;

    public static async Task<IBrowser> GetAsync()
    {
        await Gate.WaitAsync();
        try
        {
            if (_browser is { IsConnected: true } running) return running;
            if (_playwright is null)
            {
                _playwright = await Playwright.CreateAsync();
                AppDomain.CurrentDomain.ProcessExit += (_, _) => Close();
            }
            _browser = await _playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
            {
                ExecutablePath = Browser.ExecutablePath,
                Headless = true,
                Args = ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run"],
            });
            return _browser;
        }
        finally
        {
            Gate.Release();
        }
    }

    private static void Close()
    {
        try { _browser?.CloseAsync().Wait(TimeSpan.FromSeconds(10)); }
        catch (Exception) { /* the process is exiting; the driver's exit ends the browser anyway */ }
        _playwright?.Dispose();
    }
}

/// <summary>
/// One app host per test class and the run's one browser (<see cref="SharedChromium"/>). Every context a test opens
/// goes through <see cref="NewContextAsync"/> (or <see cref="SignedInPageAsync"/>), so the class's contexts are closed
/// with the class and no test sees another class's cookies.
/// </summary>
public sealed class BrowserFixture : IAsyncLifetime
{
    public WebTestHost Host { get; } = new();
    private IBrowser _chromium = null!;
    private readonly List<IBrowserContext> _contexts = [];

    public async Task InitializeAsync()
    {
        await Host.InitializeAsync();
        if (!Browser.Available)
        {
            if (Browser.Required) throw new InvalidOperationException($"INSPECTIONSUITE_REQUIRE_BROWSER=1 but {Browser.ExecutablePath} does not exist.");
            return;
        }
        _chromium = await SharedChromium.GetAsync();
    }

    /// <summary>A fresh browser context (own cookies, signed out), closed at the latest when the test class ends.</summary>
    public async Task<IBrowserContext> NewContextAsync(BrowserNewContextOptions options)
    {
        // Reduced motion, as a user may set it: Bootstrap then opens the collapsed menu, dropdowns and modals without their
        // 0.15–0.35 s transitions, which tests would otherwise wait out (the accessibility test opens the menu at phone
        // width on every page it analyses). What the page shows in the end is the same.
        options.ReducedMotion ??= ReducedMotion.Reduce;
        var context = await _chromium.NewContextAsync(options);
        TestRunCounts.ContextOpened();
        if (TestRunCounts.Enabled) context.Request += (_, request) => { if (request.IsNavigationRequest) TestRunCounts.PageLoaded(request.Url); };
        lock (_contexts) _contexts.Add(context);
        return context;
    }

    /// <summary>
    /// A fresh browser context (own cookies) at 1366×768, signed in as the given demo user (<see cref="SignInAsync"/>), on a
    /// blank page: go where the test starts.
    /// </summary>
    public async Task<IPage> SignedInPageAsync(string userName, int width = 1366, int height = 768)
    {
        var context = await NewContextAsync(new BrowserNewContextOptions
        {
            BaseURL = Host.BaseAddress.ToString(),
            ViewportSize = new ViewportSize { Width = width, Height = height },
            Locale = "vi-VN",
        });
        // A 2-core CI machine running other test hosts beside this one can take longer than Playwright's 30 s default.
        context.SetDefaultTimeout(60_000);
        await SignInAsync(context, userName);
        return await context.NewPageAsync();
    }

    /// <summary>
    /// Signs the context in with the cookie the app sets on a login over HTTP (<see cref="TestClient.LoginAsync"/>): the
    /// same sign-in, without rendering the login page and then the home page in the browser for every test. The login
    /// form itself is driven in the browser by <see cref="SignInThroughTheLoginPageAsync"/>.
    /// </summary>
    public async Task SignInAsync(IBrowserContext context, string userName)
    {
        using var client = Host.CreateClient();
        var login = await client.LoginAsync(userName);
        if (login.StatusCode != HttpStatusCode.Redirect)
            throw new InvalidOperationException($"Signing in {userName} over HTTP answered {(int)login.StatusCode} {login.Headers.Location}.");
        await context.AddCookiesAsync(client.Cookies.GetCookies(Host.BaseAddress)
            .Select(c => new Microsoft.Playwright.Cookie { Name = c.Name, Value = c.Value, Url = Host.BaseAddress.ToString(), HttpOnly = c.HttpOnly }));
    }

    /// <summary>
    /// Signs in on the login page and waits for the signed-in layout: the logout form, which only a signed-in page
    /// has. A locator wait polls across the redirect; WaitForURL does not — when the URL has already changed it
    /// waits for a load state it may have missed, and timed out after 60 s on CI (stops 21 and 23) although the
    /// page was there.
    /// </summary>
    public static async Task SignInThroughTheLoginPageAsync(IPage page, string userName)
    {
        await page.GotoAsync("/Account/Login");
        await page.GetByLabel("Tên đăng nhập").FillAsync(userName);
        await page.GetByLabel("Mật khẩu").FillAsync(Seeding.DataSeeder.DemoPassword);
        await page.Locator("#login-submit").ClickAsync();
        await page.Locator("form[action='/Account/Logout']").First.WaitForAsync(new() { State = WaitForSelectorState.Attached });
    }

    /// <summary>A picture of the page for people to look at, taken only with INSPECTIONSUITE_SCREENSHOTS=1 (<see cref="Browser.TakesPageScreenshots"/>).</summary>
    public static Task ScreenshotAsync(IPage page, string name)
        => Browser.TakesPageScreenshots ? FailureScreenshotAsync(page, name) : Task.CompletedTask;

    /// <summary>The page as it was when a check found a problem, always taken: it shows what the failure message describes.</summary>
    public static async Task FailureScreenshotAsync(IPage page, string name)
    {
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(Browser.ScreenshotDirectory, name + ".png"), FullPage = true });
        TestRunCounts.ScreenshotTaken();
    }

    public async Task DisposeAsync()
    {
        IBrowserContext[] contexts;
        lock (_contexts) contexts = [.. _contexts];
        await Task.WhenAll(contexts.Select(c => c.CloseAsync())); // closing an already closed context does nothing
        await Host.DisposeAsync();
    }
}
