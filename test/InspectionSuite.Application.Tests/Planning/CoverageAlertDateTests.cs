using InspectionSuite.Organization;
using Shouldly;
using Xunit;

namespace InspectionSuite.Application.Tests.Planning;

public sealed class CoverageAlertDateTests(LateAlertPlanningFixture fixture) : IClassFixture<LateAlertPlanningFixture>
{
    [Fact]
    public async Task Should_take_the_alert_date_from_configuration()
    {
        var plan = await fixture.ApprovedPlanAsync(AuthorityCode.NoiVu, 2028, "LATE");
        fixture.Time.SetDate(2028, 8, 1);
        var c = await fixture.Supervisor(s => s.GetCoverageAsync(plan.Id));
        c.AlertFrom.ShouldBe(new DateOnly(2028, 10, 15));
        c.AnyAlert.ShouldBeFalse();
        fixture.Time.SetDate(2028, 10, 15);
        (await fixture.Supervisor(s => s.GetCoverageAsync(plan.Id))).AnyAlert.ShouldBeTrue();
    }
}
