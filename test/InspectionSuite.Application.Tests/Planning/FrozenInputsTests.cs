using InspectionSuite.Organization;
using InspectionSuite.Planning;
using Microsoft.Extensions.DependencyInjection;
using Shouldly;
using Xunit;

namespace InspectionSuite.Application.Tests.Planning;

/// <summary>Own database: this test edits the unit register.</summary>
public sealed class FrozenInputsTests(PlanningFixture fixture) : IClassFixture<PlanningFixture>
{
    [Fact]
    public async Task Should_keep_the_approved_plan_when_the_register_changes_and_refuse_approving_a_draw_on_old_inputs()
    {
        var approved = await fixture.ApprovedPlanAsync(AuthorityCode.NoiVu, 2030, "FRZ");
        var draft = await fixture.DrawAsync(await fixture.CreateAsync(AuthorityCode.NoiVu, 2031), "FRZ");
        var before = await fixture.ItemsAsync(approved.Id);

        await fixture.RunAsAsync("admin", async sp =>
        {
            var units = sp.GetRequiredService<IUnitAppService>();
            var tc = (await units.GetListAsync(new GetUnitListInput { Filter = "SO-TC" })).Items.Single();
            await units.UpdateAsync(tc.Id, new UpdateUnitDto("Sở Tài chính (mới)", tc.Kind, tc.ValidFrom, new DateOnly(2029, 12, 31), tc.ConcurrencyStamp));
        });

        (await fixture.ItemsAsync(approved.Id)).ShouldBe(before);
        (await fixture.Supervisor(s => s.ExportAsync(approved.Id, PlanExportFormat.Csv))).Content.Length.ShouldBeGreaterThan(0);
        (await Should.ThrowAsync<BusinessException>(() => fixture.ApproveAsync(draft))).Code.ShouldBe(PlanningErrorCodes.InputsChangedSinceDraw);
        draft = await fixture.DrawAsync(draft, "FRZ");
        (await fixture.ItemsAsync(draft.Id)).Count.ShouldBe(109); // SO-TC left the universe (and the authority itself is never in it)
        (await fixture.ApproveAsync(draft)).Status.ShouldBe(PlanStatus.Approved);
    }
}
