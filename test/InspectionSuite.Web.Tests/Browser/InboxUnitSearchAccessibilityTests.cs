using System.Net.Http.Json;
using InspectionSuite.Inbox;
using InspectionSuite.Web.Tests.Infrastructure;
using Xunit;
using Xunit.Abstractions;

namespace InspectionSuite.Web.Tests.Browser;

/// <summary>The inbox's unit search states that no menu shows (results, nothing found, a unit chosen) pass axe like every page (<see cref="AccessibilityTests"/>).</summary>
public sealed class InboxUnitSearchAccessibilityTests(BrowserFixture fixture, ITestOutputHelper output) : AccessibilityCheck(fixture, output), IClassFixture<BrowserFixture>
{
    [BrowserFact]
    public async Task Should_pass_axe_wcag21_aa_with_search_results_no_match_and_a_chosen_unit()
    {
        using var inspector = await new CaseJourneyApi(Fixture.Host.BaseAddress).ClientAsync("inspector");
        var unit = (await inspector.GetFromJsonAsync<InboxPageDto>("/api/inbox?take=1", Cases.CaseWebHost.Json))!.Units.First();
        await ShouldPassAsync("inspector", _ => Task.FromResult<List<View>>(
        [
            Visit("/Inbox?unitSearch=a"), Visit("/Inbox?unitSearch=zzzqqq"), Visit($"/Inbox?unitId={unit.Value}"),
        ]));
    }
}
