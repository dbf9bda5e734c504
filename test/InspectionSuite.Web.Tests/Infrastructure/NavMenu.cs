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
        await toggler.ClickAsync();
        await page.Locator("nav.navbar .navbar-collapse.show").WaitForAsync();
    }

    /// <summary>Clicks the menu entry with this exact text, opening the toggler and its dropdown first when needed.</summary>
    public static async Task ClickAsync(IPage page, string text)
    {
        var link = page.Locator("nav.navbar").GetByRole(AriaRole.Link, new() { Name = text, Exact = true, IncludeHidden = true }).First;
        await ExpandAsync(page);
        if (!await link.IsVisibleAsync())
            await link.Locator("xpath=ancestor::li[contains(concat(' ', @class, ' '), ' dropdown ')][1]/*[contains(concat(' ', @class, ' '), ' dropdown-toggle ')]").ClickAsync();
        await link.ClickAsync();
    }
}
