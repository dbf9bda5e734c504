using InspectionSuite.Cases;
using InspectionSuite.Workflows.Timers;
using Microsoft.Extensions.DependencyInjection;
using Shouldly;
using Xunit;

namespace InspectionSuite.Application.Tests.Cases;

public sealed class CaseEscalationTests(CaseFixture fixture) : IClassFixture<CaseFixture>
{
    [Fact]
    public async Task Should_flag_a_case_overdue_when_the_on_site_deadline_fires_unless_an_extension_moved_it()
    {
        // Inspections (45 working days on site): a check has no extension (issue 15).
        var late = await fixture.CaseIn(CaseStates.OnSite, CaseKind.Inspection);
        var extended = await fixture.CaseIn(CaseStates.OnSite, CaseKind.Inspection);
        await fixture.Cases("leader", s => s.AddExtensionAsync(extended.Id, new AddExtensionDto("20/QĐ", 30, "Phạm vi rộng", fixture.Today, extended.ConcurrencyStamp)));

        fixture.Clock.Advance(TimeSpan.FromDays(70)); // > 45 working days (63 calendar), < 75 with the extension (about 105 calendar)
        var fired = await fixture.Services.GetRequiredService<WorkflowTimerService>().RunDueTimersAsync(default);
        fired.ShouldBeGreaterThanOrEqualTo(2);

        (await fixture.Get(late.Id)).OverdueFlagged.ShouldBeTrue();
        (await fixture.Get(late.Id)).Deadlines.OnSiteOverdue.ShouldBeTrue();
        (await fixture.Get(extended.Id)).OverdueFlagged.ShouldBeFalse();
        var list = await fixture.Cases("supervisor", s => s.GetListAsync(new GetCaseListInput { MaxResultCount = 200 }));
        list.Items.Single(i => i.Id == late.Id).OverdueFlagged.ShouldBeTrue();
        var inbox = await fixture.Cases("inspector", s => s.GetInboxAsync(0, 100));
        inbox.Items.ShouldContain(t => t.CaseId == late.Id && t.IsOverdue);
    }
}
