using InspectionSuite.Web.Tests.Infrastructure;
using Xunit;
using Xunit.Abstractions;

namespace InspectionSuite.Web.Tests.Browser;

/// <summary>
/// WCAG 2.1 A and AA as axe-core checks them (test/InspectionSuite.Web.Tests/axe, the npm package): every persona, on
/// every page their menu reaches, in Vietnamese and English, at 1366 px and at 390 px with the phone menu opened and every
/// &lt;details&gt; opened, has no violation — except the ones in <see cref="AccessibilityCheck.KnownFailures"/>, which must still occur so
/// the list cannot silently rot. The app's Content-Security-Policy is bypassed in the browser only to inject axe.
/// </summary>
public static class AccessibilityTests
{
    // One class per language (each its own host, started from the seeded demo data), so the two halves run side by side:
    // every persona's pages are in one class, where a page that shows two personas the same content is analysed once.

    public sealed class Vietnamese(BrowserFixture fixture, ITestOutputHelper output) : AccessibilityCheck(fixture, output), IClassFixture<BrowserFixture>
    {
        [BrowserFact]
        public Task Should_pass_axe_wcag21_aa_on_every_page_of_every_persona_and_the_anonymous_pages_in_vietnamese_at_both_widths()
            => ShouldPassOnTheMenuPagesAsync("vi");
    }

    public sealed class English(BrowserFixture fixture, ITestOutputHelper output) : AccessibilityCheck(fixture, output), IClassFixture<BrowserFixture>
    {
        [BrowserFact]
        public Task Should_pass_axe_wcag21_aa_on_every_page_of_every_persona_and_the_anonymous_pages_in_english_at_both_widths()
            => ShouldPassOnTheMenuPagesAsync("en");
    }

    public sealed class OutsideTheMenus(BrowserFixture fixture, ITestOutputHelper output) : AccessibilityCheck(fixture, output), IClassFixture<BrowserFixture>
    {
        /// <summary>
        /// Pages no menu links to and forms as they come back from a refused post (issue 20): the plan detail, the re-check
        /// page, a Sở Nội vụ check's workspace with its planning forms, and, after an empty submit (the browser's own
        /// validation switched off so the server answers), the new-case form, a check's external-member form and the minutes.
        /// </summary>
        [BrowserFact]
        public async Task Should_pass_axe_wcag21_aa_on_pages_outside_the_menus_and_on_forms_after_a_failed_post()
        {
            var api = new CaseJourneyApi(Fixture.Host.BaseAddress);
            var followUp = await api.CaseInFollowUpAsync("P05");
            var check = await api.CheckPlannedAsync("P06");
            var onSite = await api.CaseOnSiteAsync("P07", "Kiểm tra trước khi ghi biên bản");

            await ShouldPassAsync("supervisor", async page =>
            {
                // A drawn plan of its own (the demo data has none): items, coverage, the approval form.
                await page.GotoAsync("/Planning");
                await page.Locator("#new-year").FillAsync("2031");
                await page.Locator("#create-plan").ClickAsync();
                await page.WaitForPageAsync("**/Planning/Plan/**");
                await page.Locator("#seed").FillAsync("QN-A11Y-2031");
                await page.Locator("#draw-submit").ClickAsync();
                await page.Locator("#plan-seed", new() { HasText = "QN-A11Y-2031" }).WaitForAsync();
                var plan = new Uri(page.Url).AbsolutePath;
                // Thanh tra tỉnh's plan is a hand-built list (issue 14): its list editor.
                await page.GotoAsync("/Planning");
                await page.Locator("#new-authority").SelectOptionAsync("ThanhTra");
                await page.Locator("#new-year").FillAsync("2031");
                await page.Locator("#create-plan").ClickAsync();
                await page.Locator("#list-form").WaitForAsync();
                var list = new Uri(page.Url).AbsolutePath;
                return
                [
                    Visit(plan), Visit(list), Visit($"/Cases/ReCheck/{followUp.Id}"), Visit($"/Cases/Detail/{check.Id}"),
                    FailedPost("/Cases/New", "#new-case-form"),
                    FailedPost($"/Cases/Detail/{check.Id}", "#check-external-form"),
                ];
            });
            await ShouldPassAsync("inspector", _ => Task.FromResult<List<View>>([FailedPost($"/Cases/Detail/{onSite.Id}", "#minutes-form")]));
            // Issue 18: the unit register form, new and refused.
            await ShouldPassAsync("admin", _ => Task.FromResult<List<View>>([Visit("/Admin/UnitEdit"), FailedPost("/Admin/UnitEdit", "#unit-form")]));
        }
    }
}
