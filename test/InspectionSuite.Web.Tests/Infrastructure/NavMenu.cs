using System.Text.RegularExpressions;
using Microsoft.Playwright;

namespace InspectionSuite.Web.Tests.Infrastructure;

/// <summary>
/// The main menu as a person reaches it: through the toggler when the bar is collapsed (narrow screens) and through an
/// area's dropdown when the entry is grouped. Tests click menu entries only through here, so moving an entry between
/// the bar and a dropdown changes no test.
/// </summary>
public static class NavMenu
{
    /// <summary>Opens the collapsed menu, if the bar is collapsed at this width; otherwise does nothing.</summary>
    public static async Task ExpandAsync(IPage page)
    {
        var toggler = page.Locator("nav.navbar .navbar-toggler");
        if (!await toggler.IsVisibleAsync() || await toggler.GetAttributeAsync("aria-expanded") == "true") return;
        // Dispatched, not ClickAsync: a click first waits for the toggler to be "stable" over two animation frames, and once
        // (CI, the accessibility test right after narrowing the window) headless Chromium gave the page no frame for 60 s:
        // the toggler resolved and visible, never "stable". The collapse's own transition ends on a timer, not a frame.
        await toggler.DispatchEventAsync("click");
        await page.Locator("nav.navbar .navbar-collapse.show").WaitForAsync();
    }

    /// <summary>Clicks the menu entry with this exact text, opening the toggler and its dropdown first when needed.</summary>
    public static async Task ClickAsync(IPage page, string text)
    {
        // By text, not by role: an exact-name role query that includes hidden links (those in a closed dropdown) found no
        // entry at all here, not even a visible one; the icons' glyphs seem to enter the names it computes.
        var link = page.Locator("nav.navbar a", new() { HasTextRegex = new Regex("^\\s*" + Regex.Escape(text) + "\\s*$") }).First;
        await link.WaitForAsync(new() { State = WaitForSelectorState.Attached });
        await ExpandAsync(page);
        var toggle = link.Locator("xpath=ancestor::li[contains(concat(' ', @class, ' '), ' dropdown ')][1]/*[contains(concat(' ', @class, ' '), ' dropdown-toggle ')]");
        if (await toggle.CountAsync() == 1 && await toggle.GetAttributeAsync("aria-expanded") != "true")
            await toggle.ClickAsync();
        await link.ClickAsync();
    }
}
