using System.Net;
using System.Text.RegularExpressions;
using InspectionSuite.Web.Tests.Infrastructure;
using Shouldly;
using Xunit;

namespace InspectionSuite.Web.Tests.Cases;

/// <summary>
/// Issue 20 on the case page: an action that cannot be taken says why, as visible text next to it (not a tooltip), in
/// words from the localization files (never a key), and stays reachable by keyboard (aria-disabled, not disabled).
/// </summary>
public sealed partial class CaseRefusalTextHttpTests(CaseWebHost host) : IClassFixture<CaseWebHost>
{
    [Theory]
    [InlineData("vi")]
    [InlineData("en")]
    public async Task Should_write_why_each_refused_action_is_refused_next_to_it_and_keep_it_in_the_tab_order(string lang)
    {
        using var inspector = new TestClient(host.BaseAddress);
        (await inspector.LoginAsync("inspector")).StatusCode.ShouldBe(HttpStatusCode.Redirect);
        await inspector.Http.GetAsync($"/culture/{lang}?returnUrl=/");
        var texts = LocalizationTexts.Of(lang);
        // Every localized text as a pattern (its arguments any text): a reason must be one of them, filled in.
        var patterns = texts.Values.Where(t => t.Length > 0)
            .Select(t => new Regex("^" + Regex.Replace(Regex.Escape(t.Trim()), @"\\\{\d+\}", ".*") + "$", RegexOptions.Singleline)).ToList();
        var list = await inspector.Http.GetStringAsync("/Cases?take=50");
        var ids = Regex.Matches(list, "href=\"/Cases/Detail/([0-9a-f-]{36})\"").Select(m => m.Groups[1].Value).Distinct().ToList();
        ids.ShouldNotBeEmpty();

        var refused = 0;
        foreach (var id in ids)
        {
            var html = await inspector.Http.GetStringAsync($"/Cases/Detail/{id}");
            foreach (Match block in RefusedTrigger().Matches(html))
            {
                refused++;
                var (trigger, button, reason) = (block.Groups["trigger"].Value, block.Groups["button"].Value, WebUtility.HtmlDecode(block.Groups["reason"].Value).Trim());
                button.ShouldContain("aria-disabled=\"true\"");
                Regex.IsMatch(button, @"\sdisabled[\s>=]").ShouldBeFalse($"{trigger}: a disabled button is skipped by the keyboard");
                button.ShouldNotContain("title=");
                button.ShouldContain($"aria-describedby=\"refused-{trigger}\"");
                reason.ShouldNotBeNullOrWhiteSpace($"{trigger} on {id} is refused without a reason");
                Regex.IsMatch(reason, @"^[A-Za-z]+[.:][A-Za-z0-9]+$").ShouldBeFalse($"{trigger}: '{reason}' is a key, not words");
                patterns.ShouldContain(p => p.IsMatch(reason), $"{trigger}: '{reason}' is not a text of the {lang} localization files");
            }
        }
        refused.ShouldBeGreaterThan(0, "the demo cases have refused actions");
    }

    // A refused trigger: its button, then right after it the reason, in the same block.
    [GeneratedRegex("<div class=\"trigger-refused\" data-trigger=\"(?<trigger>[A-Za-z]+)\">\\s*(?<button><button [^>]*>)[^<]*</button>\\s*<div class=\"[^\"]*refusal\" id=\"refused-\\k<trigger>\"><i [^>]*></i>(?<reason>[^<]*)</div>", RegexOptions.Singleline)]
    private static partial Regex RefusedTrigger();
}
