using Microsoft.Playwright;

namespace InspectionSuite.Web.Tests.Infrastructure;

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
