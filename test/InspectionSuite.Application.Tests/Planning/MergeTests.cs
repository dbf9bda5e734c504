using InspectionSuite.Organization;
using InspectionSuite.Planning;
using Microsoft.Extensions.DependencyInjection;
using Shouldly;
using Xunit;

namespace InspectionSuite.Application.Tests.Planning;

/// <summary>Own database: this test merges units in the register.</summary>
public sealed class MergeTests(PlanningFixture fixture) : IClassFixture<PlanningFixture>
{
    private Task<AnnualPlanDto> CompleteAsync(AnnualPlanDto plan, string code, DateOnly on)
        => fixture.Supervisor(s => s.MarkItemCompletedAsync(plan.Id, new MarkItemCompletedDto(code, on, plan.ConcurrencyStamp)));

    [Fact]
    public async Task Should_pass_selection_and_completed_check_of_a_merged_unit_to_its_successor()
    {
        var plan = await fixture.ApprovedPlanAsync(AuthorityCode.NoiVu, 2046, "MRG-2046");
        var items = await fixture.ItemsAsync(plan.Id, new GetPlanItemListInput { Stratum = Stratum.Local, MaxResultCount = 200 });
        var merged = items.First(i => i.Selected).UnitCode;
        var successor = items.First(i => !i.Selected).UnitCode;

        // Mid-year the selected commune merges into an unselected neighbour.
        await fixture.RunAsAsync("admin", async sp =>
        {
            var units = sp.GetRequiredService<IRepository<Unit>>();
            var all = await units.ToListAsync(units.Query().Where(u => u.Code == merged || u.Code == successor));
            all.Single(u => u.Code == successor).AddPredecessor(all.Single(u => u.Code == merged), new DateOnly(2046, 6, 1));
            await sp.GetRequiredService<IUnitOfWork>().SaveChangesAsync();
        });
        fixture.Time.SetDate(2046, 5, 1);
        var c = (await fixture.Supervisor(s => s.GetCoverageAsync(plan.Id))).Strata.Single(s => s.Stratum == Stratum.Local);
        c.Planned.ShouldBe(21); // the successor inherits the selection; N stays the frozen 96
        c.N.ShouldBe(96);

        plan = await CompleteAsync(plan, successor, new DateOnly(2046, 9, 1));
        c = (await fixture.Supervisor(s => s.GetCoverageAsync(plan.Id))).Strata.Single(s => s.Stratum == Stratum.Local);
        c.Completed.ShouldBe(2); // the successor's check covers the merged territory too
        (await fixture.ItemsAsync(plan.Id)).Count.ShouldBe(110); // the approved plan itself is unchanged (110: the authority itself is never in it)
    }
}
