namespace InspectionSuite.Web.Tests.Infrastructure;

/// <summary>
/// The run's work counted, for comparing two runs on a shared machine where timings are noise: app hosts started, browser
/// page loads (document requests) and axe analyses. Only when INSPECTIONSUITE_TEST_COUNTS names a file, written there
/// when the test process exits; otherwise nothing is counted (and no browser request events are subscribed to).
/// </summary>
public static class TestRunCounts
{
    private static readonly string? File = Environment.GetEnvironmentVariable("INSPECTIONSUITE_TEST_COUNTS");
    private static int _hosts, _pageLoads, _axeAnalyses;

    public static bool Enabled => File is not null;

    static TestRunCounts()
    {
        if (File is not null)
            AppDomain.CurrentDomain.ProcessExit += (_, _) => System.IO.File.WriteAllText(File,
                $"hosts\t{_hosts}\npage-loads\t{_pageLoads}\naxe-analyses\t{_axeAnalyses}\n");
    }

    public static void HostStarted() => Interlocked.Increment(ref _hosts);
    public static void PageLoaded() => Interlocked.Increment(ref _pageLoads);
    public static void AxeAnalysed() => Interlocked.Increment(ref _axeAnalyses);
}
