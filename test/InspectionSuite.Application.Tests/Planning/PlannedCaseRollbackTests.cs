using InspectionSuite.Organization;
using InspectionSuite.Planning;
using Shouldly;
using Xunit;

namespace InspectionSuite.Application.Tests.Planning;

/// <summary>Own database: a failing case store must leave the plan exactly as it was.</summary>
public sealed class PlannedCaseRollbackTests(FailingCasesPlanningFixture fixture) : IClassFixture<FailingCasesPlanningFixture>
{
    [Fact]
    public async Task Should_roll_back_the_approval_when_a_planned_case_cannot_be_created()
    {
        var draft = await fixture.DrawAsync(await fixture.CreateAsync(AuthorityCode.NoiVu, 2032), "ROLLBACK");
        var casesBefore = await fixture.ScalarAsync("SELECT COUNT(*) FROM Cases");
        var instancesBefore = await fixture.ScalarAsync("SELECT COUNT(*) FROM WfInstances");
        fixture.Counter.Calls = 0;
        fixture.Counter.FailOn = 5; // four cases are already staged (and saved inside the transaction) when the fifth fails

        await Should.ThrowAsync<InvalidOperationException>(() => fixture.ApproveAsync(draft));

        var plan = await fixture.GetAsync(draft.Id);
        plan.Status.ShouldBe(PlanStatus.Draft);
        plan.ApprovedAt.ShouldBeNull();
        plan.CasesCreated.ShouldBe(0);
        plan.ConcurrencyStamp.ShouldBe(draft.ConcurrencyStamp);
        (await fixture.ItemsAsync(plan.Id)).ShouldAllBe(i => i.CaseId == null);
        (await fixture.ScalarAsync("SELECT COUNT(*) FROM Cases")).ShouldBe(casesBefore);
        (await fixture.ScalarAsync("SELECT COUNT(*) FROM WfInstances")).ShouldBe(instancesBefore);

        // Once the store works again, the same draft approves with all its cases.
        fixture.Counter.FailOn = int.MaxValue;
        plan = await fixture.ApproveAsync(plan);
        plan.Status.ShouldBe(PlanStatus.Approved);
        plan.CasesCreated.ShouldBe(23);
    }

}
