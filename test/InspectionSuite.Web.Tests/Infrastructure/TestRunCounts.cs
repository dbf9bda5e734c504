using System.Collections.Concurrent;
using System.Text.RegularExpressions;

namespace InspectionSuite.Web.Tests.Infrastructure;

/// <summary>
/// The run's work counted, for comparing two runs on a shared machine where timings are noise: app hosts started, browser
/// contexts opened (a context's first page starts a renderer process), page loads (document requests, in total and per
/// page), axe analyses and screenshots taken. Only when INSPECTIONSUITE_TEST_COUNTS names a file, written there when the
/// test process exits; otherwise nothing is counted (and no browser request events are subscribed to).
/// </summary>
public static partial class TestRunCounts
{
    private static readonly string? File = Environment.GetEnvironmentVariable("INSPECTIONSUITE_TEST_COUNTS");
    private static int _hosts, _contexts, _pageLoads, _axeAnalyses, _screenshots;
    private static readonly ConcurrentDictionary<string, int> PageLoadsByPage = new();

    public static bool Enabled => File is not null;

    static TestRunCounts()
    {
        if (File is not null)
            AppDomain.CurrentDomain.ProcessExit += (_, _) => System.IO.File.WriteAllText(File,
                $"hosts\t{_hosts}\nbrowser-contexts\t{_contexts}\npage-loads\t{_pageLoads}\naxe-analyses\t{_axeAnalyses}\nscreenshots\t{_screenshots}\n" +
                string.Concat(PageLoadsByPage.OrderByDescending(p => p.Value).ThenBy(p => p.Key, StringComparer.Ordinal)
                    .Select(p => $"page-loads {p.Key}\t{p.Value}\n")));
    }

    public static void HostStarted() => Interlocked.Increment(ref _hosts);
    public static void ContextOpened() => Interlocked.Increment(ref _contexts);
    public static void AxeAnalysed() => Interlocked.Increment(ref _axeAnalyses);
    public static void ScreenshotTaken() => Interlocked.Increment(ref _screenshots);

    /// <summary>A document loaded in the browser, counted per page: its path with ids as {id} and without the query.</summary>
    public static void PageLoaded(string url)
    {
        Interlocked.Increment(ref _pageLoads);
        PageLoadsByPage.AddOrUpdate(Id().Replace(new Uri(url).AbsolutePath, "{id}"), 1, (_, n) => n + 1);
    }

    [GeneratedRegex("[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}|(?<=/)[0-9]+(?=/|$)")]
    private static partial Regex Id();
}
