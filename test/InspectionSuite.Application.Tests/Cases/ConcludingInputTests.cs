using InspectionSuite.Cases;
using Microsoft.Extensions.DependencyInjection;
using Shouldly;
using Xunit;

namespace InspectionSuite.Application.Tests.Cases;

/// <summary>
/// Blank texts in the concluding steps are refused under the DTO's own field names (what a form shows next to the
/// field), and nothing is saved.
/// </summary>
public sealed class ConcludingInputTests(CaseFixture fixture) : IClassFixture<CaseFixture>
{
    private static void ShouldName(InputValidationException error, string field) => error.Errors.Keys.ShouldContain(field);

    [Fact]
    public async Task Should_refuse_blank_concluding_texts_by_field_and_change_nothing()
    {
        var c = await fixture.CaseIn(CaseStates.Concluding);

        ShouldName(await Should.ThrowAsync<InputValidationException>(() => fixture.Cases("inspector", s =>
            s.RecordDraftConclusionAsync(c.Id, new RecordDraftConclusionDto(fixture.Today, " ", c.ConcurrencyStamp)))), "Text");
        c = await fixture.Cases("inspector", s => s.RecordDraftConclusionAsync(c.Id, new RecordDraftConclusionDto(fixture.Today, "Dự thảo", c.ConcurrencyStamp)));

        ShouldName(await Should.ThrowAsync<InputValidationException>(() => fixture.Cases("inspector", s =>
            s.AddDissentAsync(c.Id, new AddDissentDto("", c.ConcurrencyStamp)))), "Text");
        var appraisal = await Should.ThrowAsync<InputValidationException>(() => fixture.Cases("supervisor", s =>
            s.RecordAppraisalAsync(c.Id, new RecordAppraisalDto(fixture.Today, "", "", c.ConcurrencyStamp))));
        ShouldName(appraisal, "By");
        ShouldName(appraisal, "Opinion");
        var conclusion = await Should.ThrowAsync<InputValidationException>(() => fixture.Cases("leader", s =>
            s.RecordConclusionAsync(c.Id, new RecordConclusionDto("", fixture.Today, "", "Kết luận", c.ConcurrencyStamp))));
        ShouldName(conclusion, "Number");
        ShouldName(conclusion, "Signer");

        var after = await fixture.Get(c.Id);
        after.ConcurrencyStamp.ShouldBe(c.ConcurrencyStamp);
        after.Dissents.ShouldBeEmpty();
        after.Appraisal.On.ShouldBeNull();
        after.Conclusion.Number.ShouldBeNull();
    }

    [Fact]
    public async Task Should_refuse_a_carry_over_without_a_reason_by_field()
    {
        var c = await fixture.CaseIn(CaseStates.Sanctioning);
        var sanction = await fixture.RunAsAsync("inspector", sp => sp.GetRequiredService<ISanctionAppService>()
            .IssueAsync(c.Id, new IssueSanctionDto(SanctionType.CorrectiveRecommendation, "Văn phòng", null, fixture.Today.AddDays(10), "Chánh Văn phòng", c.ConcurrencyStamp)));
        c = await fixture.Fire(c.Id, CaseTriggers.StartFollowUp, "inspector");

        var error = await Should.ThrowAsync<InputValidationException>(() => fixture.RunAsAsync("inspector", sp => sp.GetRequiredService<ISanctionAppService>()
            .CarryOverAsync(c.Id, sanction.Id, new CarryOverSanctionDto("  ", c.ConcurrencyStamp))));
        ShouldName(error, "Reason");
        (await fixture.RunAsAsync("inspector", sp => sp.GetRequiredService<ISanctionAppService>().GetListAsync(c.Id)))
            .Single().Status.ShouldBe(SanctionStatus.Issued);
    }
}
