using InspectionSuite.Organization;
using InspectionSuite.Planning;
using Shouldly;
using Xunit;

namespace InspectionSuite.Application.Tests.Planning;

public sealed class PlannedCaseTests(PlanningWithCasesFixture fixture) : IClassFixture<PlanningWithCasesFixture>
{
    [Fact]
    public async Task Should_create_one_planned_case_per_selected_unit_on_approval_and_top_up()
    {
        var plan = await fixture.ApprovedPlanAsync(AuthorityCode.NoiVu, 2030, "CASES");
        plan.CasesCreated.ShouldBe(23);
        fixture.Cases.Requests.Count.ShouldBe(23);
        fixture.Cases.Requests.ShouldAllBe(r => r.PlanId == plan.Id && r.Year == 2030 && r.Amendment == 0);
        var items = await fixture.ItemsAsync(plan.Id);
        items.Where(i => i.Selected).ShouldAllBe(i => i.CaseId != null);
        items.Where(i => !i.Selected).ShouldAllBe(i => i.CaseId == null);

        plan = await fixture.Supervisor(s => s.TopUpAsync(plan.Id, new TopUpPlanDto("more", 1, 0, null, plan.ConcurrencyStamp)));
        fixture.Cases.Requests.Count.ShouldBe(24);
        fixture.Cases.Requests.Last().Amendment.ShouldBe(1);
    }
}
