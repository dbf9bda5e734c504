using InspectionSuite.Cases;
using Microsoft.Extensions.DependencyInjection;
using Shouldly;
using Xunit;

namespace InspectionSuite.Application.Tests.Cases;

public sealed class ChecklistTests(CaseFixture fixture) : IClassFixture<CaseFixture>
{
    [Fact]
    public async Task Should_propose_a_finding_when_a_seed_criterion_is_not_met_and_let_the_team_confirm_it()
    {
        var c = await fixture.CaseIn(CaseStates.OnSite, CaseKind.Check);
        var items = await fixture.RunAsAsync("inspector", sp => sp.GetRequiredService<IChecklistAppService>().GetListAsync(c.Id));
        var meetings = items.Single(i => i.CriterionCode == "KH534-01");
        meetings.Target.ShouldNotBeNull();

        var result = await fixture.RunAsAsync("inspector", sp => sp.GetRequiredService<IChecklistAppService>()
            .RecordResultAsync(c.Id, meetings.Id, new RecordChecklistResultDto(CheckResult.NotMet, "giảm 4%", "Số cuộc họp 2026: 96 (2025: 100)", c.ConcurrencyStamp)));
        result.Item.Result.ShouldBe(CheckResult.NotMet);
        result.ProposedFinding.ShouldNotBeNull();
        result.ProposedFinding.CriterionCode.ShouldBe("KH534-01");
        result.ProposedFinding.Status.ShouldBe(FindingStatus.Proposed);
        result.Item.FindingId.ShouldBe(result.ProposedFinding.Id);

        var confirmed = await fixture.RunAsAsync("inspector2", sp => sp.GetRequiredService<IFindingAppService>()
            .ConfirmAsync(c.Id, result.ProposedFinding.Id, new ConfirmFindingDto("Không đạt chỉ tiêu giảm 10% hội nghị", FindingSeverity.Moderate, "KH 534 II.6.a", null, "Chánh Văn phòng", result.ConcurrencyStamp)));
        confirmed.Status.ShouldBe(FindingStatus.Confirmed);

        // Recording the same result again proposes nothing new.
        var stamp = (await fixture.Get(c.Id)).ConcurrencyStamp;
        var again = await fixture.RunAsAsync("inspector", sp => sp.GetRequiredService<IChecklistAppService>()
            .RecordResultAsync(c.Id, meetings.Id, new RecordChecklistResultDto(CheckResult.NotMet, "giảm 4%", null, stamp)));
        again.ProposedFinding.ShouldBeNull();
        (await fixture.RunAsAsync("inspector", sp => sp.GetRequiredService<IFindingAppService>().GetListAsync(c.Id))).Count.ShouldBe(1);
    }

    [Fact]
    public void Should_offer_the_plan_criteria_as_the_catalogue()
    {
        CheckCriteriaCatalogue.All.Count.ShouldBeGreaterThanOrEqualTo(8);
        CheckCriteriaCatalogue.All.Select(c => c.Code).ShouldBeUnique();
        CheckCriteriaCatalogue.Find("kh534-03")!.TargetVi.ShouldContain("95%");
    }
}
