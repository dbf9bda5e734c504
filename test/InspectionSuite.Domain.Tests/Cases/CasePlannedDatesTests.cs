using InspectionSuite.Cases;
using InspectionSuite.Organization;
using Shouldly;
using Xunit;

namespace InspectionSuite.Domain.Tests.Cases;

/// <summary>
/// Issue 18 (helper planned): the planned on-site dates (ngày dự kiến bắt đầu/kết thúc làm việc tại đơn vị) are editable
/// like the rest of the description until the decision, end not before start; the actual dates recorded on site are kept
/// apart and never overwrite them (issue 16).
/// </summary>
public sealed class CasePlannedDatesTests
{
    private static readonly DateOnly Day = new(2026, 8, 10);

    private static InspectionCase NewCase()
        => new(Guid.NewGuid(), CaseKind.Check, AuthorityCode.NoiVu, Guid.NewGuid(), "Kiểm tra công tác cải cách hành chính", null, null, null, null, null);

    [Fact]
    public void Should_refuse_an_end_before_the_start_naming_the_end_and_changing_nothing()
    {
        var c = NewCase();
        c.PlanOnSite(Day, Day.AddDays(4));
        var revision = c.Revision;
        var refused = Should.Throw<InputValidationException>(() => c.PlanOnSite(Day, Day.AddDays(-1)));
        refused.Errors.Keys.ShouldBe([nameof(InspectionCase.PlannedOnSiteEnd)]);
        c.PlannedOnSiteStart.ShouldBe(Day);
        c.PlannedOnSiteEnd.ShouldBe(Day.AddDays(4));
        c.Revision.ShouldBe(revision);
        // The same day for both, or one of them alone, is a valid plan.
        c.PlanOnSite(Day, Day);
        c.PlanOnSite(null, Day);
        c.PlannedOnSiteStart.ShouldBeNull();
        c.PlannedOnSiteEnd.ShouldBe(Day);
    }

    [Fact]
    public void Should_refuse_a_change_after_the_decision_but_accept_the_same_dates_again()
    {
        var c = NewCase();
        c.PlanOnSite(Day, Day.AddDays(4));
        c.EnterState(CaseStates.Decided, Guid.NewGuid(), Day);
        Should.Throw<BusinessException>(() => c.PlanOnSite(Day.AddDays(1), Day.AddDays(4))).Code.ShouldBe(CaseErrorCodes.DescriptionFixedByDecision);
        c.PlannedOnSiteStart.ShouldBe(Day);
        c.PlanOnSite(Day, Day.AddDays(4)); // the edit form posts what the case holds: no change, no refusal
    }

    [Fact]
    public void Should_keep_the_planned_dates_when_the_actual_ones_are_recorded()
    {
        var c = NewCase();
        c.PlanOnSite(Day, Day.AddDays(4));
        c.EnterState(CaseStates.Decided, Guid.NewGuid(), Day);
        c.EnterState(CaseStates.OnSite, Guid.NewGuid(), Day.AddDays(2));
        c.SetOnSitePeriod(Day.AddDays(2), Day.AddDays(9));
        c.OnSiteStart.ShouldBe(Day.AddDays(2));
        c.OnSiteEnd.ShouldBe(Day.AddDays(9));
        c.PlannedOnSiteStart.ShouldBe(Day);
        c.PlannedOnSiteEnd.ShouldBe(Day.AddDays(4));
    }
}
