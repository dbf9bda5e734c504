using System.Net;
using Microsoft.Playwright;
using Xunit;

namespace InspectionSuite.Web.Tests.Infrastructure;

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
