using InspectionSuite.Organization;
using InspectionSuite.Planning;
using Shouldly;
using Xunit;

namespace InspectionSuite.Application.Tests.Planning;

public sealed class CoverageTests(PlanningFixture fixture) : IClassFixture<PlanningFixture>
{
    private Task<AnnualPlanDto> CompleteAsync(AnnualPlanDto plan, string code, DateOnly on)
        => fixture.Supervisor(s => s.MarkItemCompletedAsync(plan.Id, new MarkItemCompletedDto(code, on, plan.ConcurrencyStamp)));

    [Fact]
    public async Task Should_count_completed_checks_project_the_year_end_and_alert_from_july()
    {
        var plan = await fixture.ApprovedPlanAsync(AuthorityCode.NoiVu, 2028, "COV-2028");
        var departments = (await fixture.ItemsAsync(plan.Id, new GetPlanItemListInput { Stratum = Stratum.Department, Selected = true })).Select(i => i.UnitCode).ToList();
        departments.Count.ShouldBe(3);

        fixture.Time.SetDate(2028, 3, 1);
        var march = await fixture.Supervisor(s => s.GetCoverageAsync(plan.Id));
        march.AlertActive.ShouldBeFalse();
        march.AnyAlert.ShouldBeFalse(); // pace is not judged before the alert date
        march.AlertFrom.ShouldBe(new DateOnly(2028, 7, 1));

        foreach (var code in departments) plan = await CompleteAsync(plan, code, new DateOnly(2028, 7, 20));
        fixture.Time.SetDate(2028, 8, 1);
        var august = await fixture.Supervisor(s => s.GetCoverageAsync(plan.Id));
        august.AlertActive.ShouldBeTrue();
        var dep = august.Strata.Single(s => s.Stratum == Stratum.Department);
        (dep.N, dep.Quota, dep.Planned, dep.Completed).ShouldBe((14, 3, 3, 3)); // 15 departments less Sở Nội vụ itself
        dep.CoverageRate.ShouldBe(0.2143m); // 3 / 14
        dep.ProjectedCompleted.ShouldBe(3m); // pace 3 / 0.5847 ≈ 5.1, capped by the 3 planned
        dep.Alert.ShouldBeFalse();
        var local = august.Strata.Single(s => s.Stratum == Stratum.Local);
        (local.N, local.Quota, local.Planned, local.Completed, local.ProjectedCompleted).ShouldBe((96, 20, 20, 0, 0m));
        local.Alert.ShouldBeTrue();
        august.SuggestedLocalTopUp.ShouldBe(20);
        august.SuggestedDepartmentTopUp.ShouldBe(0);
        august.Overall.Completed.ShouldBe(3);
    }

    [Fact]
    public async Task Should_project_from_the_pace_of_completed_checks()
    {
        var plan = await fixture.ApprovedPlanAsync(AuthorityCode.NoiVu, 2029, "COV-2029"); // the 20% is Sở Nội vụ's (issue 14)
        var locals = (await fixture.ItemsAsync(plan.Id, new GetPlanItemListInput { Stratum = Stratum.Local, Selected = true })).Select(i => i.UnitCode).ToList();
        foreach (var code in locals.Take(8)) plan = await CompleteAsync(plan, code, new DateOnly(2029, 6, 1));
        fixture.Time.SetDate(2029, 7, 2); // day 183 of 365
        var c = await fixture.Supervisor(s => s.GetCoverageAsync(plan.Id));
        var local = c.Strata.Single(s => s.Stratum == Stratum.Local);
        local.ProjectedCompleted.ShouldBe(Math.Round(8m / (183m / 365m), 2)); // 15.96 < 0.2 × 96
        local.Alert.ShouldBeTrue();
        c.SuggestedLocalTopUp.ShouldBe(20 - 15);

        foreach (var code in locals.Skip(8).Take(3)) plan = await CompleteAsync(plan, code, new DateOnly(2029, 6, 2));
        local = (await fixture.Supervisor(s => s.GetCoverageAsync(plan.Id))).Strata.Single(s => s.Stratum == Stratum.Local);
        local.ProjectedCompleted.ShouldBe(20m); // 11 / 0.50 ≈ 21.9, capped by the 20 planned
        local.Alert.ShouldBeFalse();
    }

    [Fact]
    public async Task Should_top_up_only_unselected_units_as_an_amendment_and_keep_the_quota()
    {
        var plan = await fixture.ApprovedPlanAsync(AuthorityCode.NoiVu, 2027, "TOP-2027");
        var before = await fixture.ItemsAsync(plan.Id);
        fixture.Time.SetDate(2027, 8, 1);
        plan = await fixture.Supervisor(s => s.TopUpAsync(plan.Id, new TopUpPlanDto("TOP-2027-b", DepartmentCount: 2, LocalCount: null, "chậm tiến độ", plan.ConcurrencyStamp)));

        plan.Status.ShouldBe(PlanStatus.Approved);
        plan.Amendments.Single().ShouldSatisfyAllConditions(a => a.Number.ShouldBe(1), a => a.Seed.ShouldBe("TOP-2027-b"), a => a.AddedUnits.ShouldBe(22));
        var after = await fixture.ItemsAsync(plan.Id);
        var added = after.Where(i => i.Amendment == 1).ToList();
        added.Count(i => i.Stratum == Stratum.Department).ShouldBe(2);
        added.Count(i => i.Stratum == Stratum.Local).ShouldBe(20); // the suggestion: nothing completed by August
        added.ShouldAllBe(i => i.Selected && i.Detail.StartsWith("top-up #1"));
        added.ShouldAllBe(i => !before.Single(b => b.UnitCode == i.UnitCode).Selected); // only units not yet selected
        foreach (var b in before.Where(b => b.Selected)) after.Single(a => a.UnitCode == b.UnitCode).ShouldBe(b); // nothing removed or re-worded
        plan.Strata.ShouldAllBe(s => s.Selected >= s.Quota);
        plan.Strata.Single(s => s.Stratum == Stratum.Department).Selected.ShouldBe(5);

        // Asking for nothing is a field error, not an empty amendment.
        await Should.ThrowAsync<InputValidationException>(() => fixture.Supervisor(s => s.TopUpAsync(plan.Id, new TopUpPlanDto("x", 0, 0, null, plan.ConcurrencyStamp))));
        (await fixture.GetAsync(plan.Id)).Amendments.Count.ShouldBe(1);
    }
}
