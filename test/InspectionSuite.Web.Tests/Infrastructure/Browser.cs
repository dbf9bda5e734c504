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
