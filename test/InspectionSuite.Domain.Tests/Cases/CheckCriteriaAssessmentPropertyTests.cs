using CsCheck;
using InspectionSuite.Cases;
using InspectionSuite.Organization;
using Shouldly;
using Xunit;

namespace InspectionSuite.Domain.Tests.Cases;

/// <summary>
/// For every assignment of results to a check's checklist: the criteria the conclusion-notice guard names are exactly
/// those still "not checked" (none ⇒ the notice may be issued), and a kiến nghị always answers a criterion or finding.
/// </summary>
public sealed class CheckCriteriaAssessmentPropertyTests
{
    private static InspectionCase CheckOnSite()
    {
        var c = new InspectionCase(Guid.NewGuid(), CaseKind.Check, AuthorityCode.NoiVu, Guid.NewGuid(), "Kiểm tra", null, null, null, null, null);
        c.EnterState(CaseStates.OnSite, Guid.NewGuid(), new DateOnly(2026, 6, 1));
        c.AddCatalogueCriteria(CheckCriteriaCatalogue.All, english: false);
        return c;
    }

    [Fact]
    public void Should_name_exactly_the_unassessed_criteria_for_any_results()
    {
        var n = CheckCriteriaCatalogue.All.Count;
        Gen.Enum<CheckResult>().Array[n].Sample(results =>
        {
            var c = CheckOnSite();
            var items = c.Checklist.OrderBy(i => i.CriterionCode, StringComparer.Ordinal).ToList();
            for (var i = 0; i < n; i++)
                if (results[i] != CheckResult.NotChecked) c.RecordChecklistResult(items[i].Id, results[i], "x", null);
            var expected = items.Where((_, i) => results[i] == CheckResult.NotChecked).Select(i => i.CriterionCode).ToList();
            c.UnassessedCriteria.ShouldBe(expected);
            // A proposed finding for each criterion not met, never one for another result.
            c.Findings.Select(f => f.CriterionCode).Order(StringComparer.Ordinal)
                .ShouldBe(items.Where((_, i) => results[i] == CheckResult.NotMet).Select(i => i.CriterionCode));
        });
    }

    [Fact]
    public void Should_refuse_an_outcome_that_answers_nothing_or_carries_a_sanction_type_of_an_inspection()
    {
        Gen.Enum<SanctionType>().Sample(type =>
        {
            var c = CheckOnSite();
            c.EnterState(CaseStates.Concluding, c.WorkflowInstanceId!.Value, new DateOnly(2026, 6, 5));
            var f = new CaseFollowUp(c.Id);
            Should.Throw<BusinessException>(() => CaseFollowUpManager.RecordCheckOutcome(c, f, type, "x", "y", null, null, null)).Code
                .ShouldBe(type is SanctionType.CorrectiveRecommendation or SanctionType.AccountabilityProposal ? CheckErrorCodes.OutcomeLinkRequired : CheckErrorCodes.OutcomeTypeNotForCheck);
            if (type is SanctionType.CorrectiveRecommendation or SanctionType.AccountabilityProposal)
                CaseFollowUpManager.RecordCheckOutcome(c, f, type, "x", "y", null, null, "KH534-05").CriterionCode.ShouldBe("KH534-05");
            f.Sanctions.ShouldAllBe(s => s.CriterionCode != null);
        });
    }
}
