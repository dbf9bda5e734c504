using Microsoft.Playwright;

namespace InspectionSuite.Web.Tests.Infrastructure;

/// <summary>
/// Waiting for the page a click or a form leads to: its URL committed, then its document parsed (the layout's scripts
/// have run, so menus and forms work), read in the page on a timer. Not Playwright's default for WaitForURLAsync, the
/// window's 'load' lifecycle event, which CI runs missed with the page there and the network idle (stops 21 and 23, and
/// two full runs since, each a 30–60 s timeout); and not on animation frames, which headless Chromium now and then stops
/// giving a page (stop 32).
/// </summary>
public static class PageWaits
{
    public static async Task WaitForPageAsync(this IPage page, string url)
    {
        await page.WaitForURLAsync(url, new() { WaitUntil = WaitUntilState.Commit });
        await ParsedAsync(page);
    }

    public static async Task WaitForPageAsync(this IPage page, Func<string, bool> url)
    {
        await page.WaitForURLAsync(url, new() { WaitUntil = WaitUntilState.Commit });
        await ParsedAsync(page);
    }

    /// <summary>
    /// The current document parsed to its end: after a form that returns to the same URL, an element of the new page can
    /// be found while the rest of it is still arriving (a table counted 20 of its 25 rows, PlanningJourneyTests).
    /// </summary>
    public static Task WaitForParsedAsync(this IPage page) => ParsedAsync(page);

    /// <summary>
    /// The text of the first element <paramref name="selector"/> finds once a page shows it (the message a form's answer
    /// carries, e.g. <c>.alert-success</c>), read on a timer like the waits above. A locator's wait for the message timed out
    /// at 60 s with no other symptom (<c>AdminUsersPhoneTests</c>, a CI run on <c>c6c4ebb</c>); if this one times out, the
    /// page is kept as a failure screenshot before the exception goes on.
    /// </summary>
    public static async Task<string> TextWhenShownAsync(this IPage page, string selector)
    {
        try
        {
            var text = await page.WaitForFunctionAsync("s => document.querySelector(s)?.innerText || null", selector, OnATimer);
            return await text.JsonValueAsync<string>();
        }
        catch (TimeoutException)
        {
            await BrowserFixture.FailureScreenshotAsync(page, $"not-shown-{string.Concat(selector.Where(char.IsLetterOrDigit))}-{DateTime.UtcNow:HHmmss}");
            throw;
        }
    }

    /// <summary>Polled on a timer rather than on animation frames (Playwright's default), which a page may not get.</summary>
    public static PageWaitForFunctionOptions OnATimer => new() { PollingInterval = 20 };

    private static Task ParsedAsync(IPage page) => page.WaitForFunctionAsync("() => document.readyState !== 'loading'", null, OnATimer);
}
