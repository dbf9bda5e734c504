using InspectionSuite.Cases;
using InspectionSuite.Organization;
using InspectionSuite.Planning;
using InspectionSuite.Sampling;
using Microsoft.Extensions.DependencyInjection;
using Shouldly;
using Xunit;

namespace InspectionSuite.Application.Tests.Cases;

/// <summary>Completed checks are those whose conclusion notice is issued (issue 15): they move the coverage tracker and feed the next year's draw.</summary>
public sealed class ClosedCaseCompletedCheckTests(CaseFixture fixture) : IClassFixture<CaseFixture>
{
    private Task<T> Plans<T>(Func<IAnnualPlanAppService, Task<T>> work)
        => fixture.RunAsAsync("supervisor", sp => work(sp.GetRequiredService<IAnnualPlanAppService>()));

    private async Task<IReadOnlyList<PlanItemDto>> ItemsAsync(Guid planId)
        => (await Plans(s => s.GetItemsAsync(planId, new GetPlanItemListInput { MaxResultCount = PagedAndSortedInput.MaxPageSize }))).Items;

    private async Task<AnnualPlanDto> DrawnPlanAsync(int year, string seed)
    {
        var plan = await Plans(s => s.CreateAsync(new CreateAnnualPlanDto(AuthorityCode.NoiVu, year)));
        return await Plans(s => s.DrawAsync(plan.Id, new DrawPlanDto(seed, plan.ConcurrencyStamp)));
    }

    [Fact]
    public async Task Should_count_checks_whose_conclusion_notice_is_issued_in_the_coverage_tracker_and_in_the_next_years_draw_history()
    {
        var plan = await DrawnPlanAsync(2026, "CLOSED-2026");
        plan = await Plans(s => s.ApproveAsync(plan.Id, new PlanCommandDto(plan.ConcurrencyStamp)));
        var items = await ItemsAsync(plan.Id);
        var plannedItem = items.First(i => i.Selected && i.Stratum == Stratum.Local);
        var unplannedUnit = items.First(i => !i.Selected && i.Stratum == Stratum.Local && i.UnitCode != "P01").UnitCode;
        var cancelledUnit = items.Last(i => !i.Selected && i.Stratum == Stratum.Local && i.UnitCode != unplannedUnit).UnitCode;
        Local(await Plans(s => s.GetCoverageAsync(plan.Id))).Completed.ShouldBe(0);

        // The planned case runs its course up to the conclusion notice, signed but not issued: not a completed check yet.
        var planned = await fixture.WithDecisionAndTeam(await fixture.Get(plannedItem.CaseId!.Value));
        planned = await fixture.DriveTo(planned, CaseStates.Concluding);
        planned = await fixture.Cases("leader", s => s.RecordConclusionAsync(planned.Id, new RecordConclusionDto("09/TB-SNV", fixture.Today, "Giám đốc Sở Nội vụ", "Thông báo.", planned.ConcurrencyStamp)));
        Local(await Plans(s => s.GetCoverageAsync(plan.Id))).Completed.ShouldBe(0);

        // Issued: it counts, while the unit's remedies are still awaited (FollowUp).
        planned = await fixture.Fire(planned.Id, CaseTriggers.IssueConclusionNotice, "leader");
        planned.State.ShouldBe(CaseStates.FollowUp);
        var coverage = await Plans(s => s.GetCoverageAsync(plan.Id));
        Local(coverage).Completed.ShouldBe(1);
        coverage.Overall.Completed.ShouldBe(1);

        // A check not created from the plan counts too (year of its notice); a cancelled one does not.
        await fixture.CaseIn(CaseStates.FollowUp, CaseKind.Check, unplannedUnit);
        var cancelled = await fixture.CaseIn(CaseStates.Planned, CaseKind.Check, cancelledUnit);
        (await fixture.Fire(cancelled.Id, CaseTriggers.Cancel, "supervisor", "trùng nội dung")).State.ShouldBe(CaseStates.Cancelled);

        var next = await ItemsAsync((await DrawnPlanAsync(2027, "CLOSED-2027")).Id);
        next.Single(i => i.UnitCode == plannedItem.UnitCode).ShouldSatisfyAllConditions(
            i => i.LastCheckedYear.ShouldBe(2026), i => i.Reason.ShouldBe(nameof(SelectionReason.ExcludedCooldown)), i => i.Selected.ShouldBeFalse());
        next.Single(i => i.UnitCode == unplannedUnit).ShouldSatisfyAllConditions(
            i => i.LastCheckedYear.ShouldBe(2026), i => i.Reason.ShouldBe(nameof(SelectionReason.ExcludedCooldown)));
        next.Single(i => i.UnitCode == cancelledUnit).LastCheckedYear.ShouldBeNull();
    }

    private static StratumCoverageDto Local(PlanCoverageDto c) => c.Strata.Single(s => s.Stratum == Stratum.Local);
}
