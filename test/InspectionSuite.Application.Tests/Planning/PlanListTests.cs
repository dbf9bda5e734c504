using InspectionSuite.Cases;
using InspectionSuite.Organization;
using InspectionSuite.Planning;
using InspectionSuite.Workflows.Contracts;
using InspectionSuite.Workflows.Timers;
using Microsoft.Extensions.DependencyInjection;
using Shouldly;
using Xunit;

namespace InspectionSuite.Application.Tests.Planning;

/// <summary>
/// Issue 14: no authority inspects or checks itself. Issue 18: the tasks of planned cases are due from the plan item's
/// planned month or quarter, not from the approval day.
/// </summary>
public sealed class PlanListTests(PlanningFixture fixture) : IClassFixture<PlanningFixture>
{
    [Theory]
    // Thanh tra tỉnh has no draw (issue 14): TtPlanListAppTests refuses TT-TINH on its list.
    [InlineData(AuthorityCode.NoiVu, "SO-NV", "TT-TINH", 2041)]
    public async Task Should_keep_the_authoritys_own_unit_out_of_its_plan_and_refuse_it_as_an_adjustment_or_risk_score(
        AuthorityCode authority, string own, string other, int year)
    {
        var draft = await fixture.CreateAsync(authority, year);

        var mandatory = await Should.ThrowAsync<BusinessException>(() => fixture.Supervisor(s =>
            s.AddAdjustmentAsync(draft.Id, new AddPlanAdjustmentDto(own.ToLowerInvariant(), AdjustmentKind.Mandatory, "chỉ đạo", draft.ConcurrencyStamp))));
        mandatory.Code.ShouldBe(PlanningErrorCodes.OwnUnit);
        (await Should.ThrowAsync<BusinessException>(() => fixture.Supervisor(s =>
            s.SetRiskScoreAsync(draft.Id, new SetPlanRiskScoreDto(own, 90, draft.ConcurrencyStamp))))).Code.ShouldBe(PlanningErrorCodes.OwnUnit);

        var drawn = await fixture.DrawAsync(draft, $"OWN-{year}");
        var items = await fixture.ItemsAsync(drawn.Id);
        items.ShouldNotContain(i => i.UnitCode == own);
        // The other authority's unit is an ordinary unit of this universe.
        items.ShouldContain(i => i.UnitCode == other);
    }

    [Fact]
    public async Task Should_refuse_a_case_of_an_authority_on_its_own_unit()
    {
        var error = await Should.ThrowAsync<BusinessException>(() => fixture.RunAsAsync("supervisor", async sp =>
        {
            var units = sp.GetRequiredService<IRepository<Unit>>();
            var unitId = await units.FirstOrDefaultAsync(units.Query().Where(u => u.Code == "TT-TINH").Select(u => u.Id));
            return await sp.GetRequiredService<ICaseAppService>().CreateAsync(new CreateCaseDto(CaseKind.Inspection, AuthorityCode.ThanhTra, unitId,
                "Thanh tra Thanh tra tỉnh", null, null, null, null, null));
        }));
        error.Code.ShouldBe(PlanningErrorCodes.OwnUnit);
        error.Args.ShouldContain("TT-TINH");
    }

    [Fact]
    public async Task Should_date_the_tasks_of_a_2027_plan_from_each_items_planned_month_or_quarter()
    {
        const int year = 2027;
        fixture.Time.SetDate(2026, 12, 8); // the plan for next year is approved in December
        // Thanh tra tỉnh's hand-built list (issue 14): eight inspections, each scheduled below.
        var plan = await fixture.ListPlanAsync(year, 8);
        var selected = (await fixture.ItemsAsync(plan.Id)).Where(i => i.Selected).OrderBy(i => i.UnitCode, StringComparer.Ordinal).ToList();
        selected.Count.ShouldBeGreaterThan(3);
        var plannedStarts = new Dictionary<string, DateOnly>();
        for (var k = 0; k < selected.Count; k++)
        {
            var (month, quarter) = (k % 3) switch { 0 => ((int?)(k % 12) + 1, (int?)null), 1 => (null, (k % 4) + 1), _ => ((int?)null, (int?)null) };
            var item = await fixture.Supervisor(s => s.ScheduleItemAsync(plan.Id, new SchedulePlanItemDto(selected[k].UnitCode, month, quarter, plan.ConcurrencyStamp)));
            (item.PlannedMonth, item.PlannedQuarter).ShouldBe((month, quarter));
            plan = await fixture.GetAsync(plan.Id);
            plannedStarts[item.UnitCode] = month is { } m ? new DateOnly(year, m, 1) : quarter is { } q ? new DateOnly(year, q * 3 - 2, 1) : new DateOnly(year, 1, 1);
        }
        plan = await fixture.ApproveAsync(plan);

        var items = (await fixture.ItemsAsync(plan.Id)).Where(i => i.Selected).ToList();
        var dues = await fixture.RunAsAsync("admin", async sp =>
        {
            var runtime = sp.GetRequiredService<IWorkflowInstanceQueries>();
            var cases = sp.GetRequiredService<IRepository<InspectionCase>>();
            var result = new List<(string Unit, HumanTaskInfo Task)>();
            foreach (var item in items)
            {
                var instanceId = await cases.FirstOrDefaultAsync(cases.Query().Where(c => c.Id == item.CaseId).Select(c => c.WorkflowInstanceId));
                result.AddRange((await runtime.GetTasksAsync(instanceId!.Value)).Select(t => (item.UnitCode, t)));
            }
            return result;
        });
        var calendar = await fixture.RunAsAsync("admin", sp => Task.FromResult(sp.GetRequiredService<WorkingCalendar>()));

        dues.Count.ShouldBe(items.Count);
        foreach (var (unit, task) in dues)
        {
            task.Name.ShouldBe("IssueDecision");
            // 00:00 in Vietnam on the first day of the planned month or quarter, plus the definition's 10 working days.
            var startUtc = plannedStarts[unit].ToDateTime(TimeOnly.MinValue).AddHours(-7);
            task.DueAtUtc.ShouldBe(calendar.AddWorkingDays(DateTime.SpecifyKind(startUtc, DateTimeKind.Utc), 10), unit);
            task.DueAtUtc.Year.ShouldBe(year, unit);
        }
        dues.Select(d => d.Task.DueAtUtc.Month).Distinct().Count().ShouldBeGreaterThan(3, "the months of the items, not one approval day");
    }

    [Fact]
    public async Task Should_refuse_a_month_and_a_quarter_together_an_out_of_range_month_and_scheduling_an_approved_plan()
    {
        var plan = await fixture.DrawAsync(await fixture.CreateAsync(AuthorityCode.NoiVu, 2042), "SCHEDULE-BAD");
        var code = (await fixture.ItemsAsync(plan.Id)).First(i => i.Selected).UnitCode;

        await Should.ThrowAsync<InputValidationException>(() => fixture.Supervisor(s => s.ScheduleItemAsync(plan.Id, new SchedulePlanItemDto(code, 3, 2, plan.ConcurrencyStamp))));
        await Should.ThrowAsync<InputValidationException>(() => fixture.Supervisor(s => s.ScheduleItemAsync(plan.Id, new SchedulePlanItemDto(code, 13, null, plan.ConcurrencyStamp))));
        await Should.ThrowAsync<InputValidationException>(() => fixture.Supervisor(s => s.ScheduleItemAsync(plan.Id, new SchedulePlanItemDto(code, null, 5, plan.ConcurrencyStamp))));
        (await fixture.ItemsAsync(plan.Id)).Single(i => i.UnitCode == code).PlannedMonth.ShouldBeNull();

        // A re-draw keeps what was planned.
        await fixture.Supervisor(s => s.ScheduleItemAsync(plan.Id, new SchedulePlanItemDto(code, null, 2, plan.ConcurrencyStamp)));
        plan = await fixture.DrawAsync(await fixture.GetAsync(plan.Id), "SCHEDULE-BAD");
        (await fixture.ItemsAsync(plan.Id)).Single(i => i.UnitCode == code).PlannedQuarter.ShouldBe(2);

        plan = await fixture.ApproveAsync(plan);
        (await Should.ThrowAsync<BusinessException>(() => fixture.Supervisor(s => s.ScheduleItemAsync(plan.Id, new SchedulePlanItemDto(code, 6, null, plan.ConcurrencyStamp)))))
            .Code.ShouldBe(PlanningErrorCodes.PlanStatusInvalid);
    }
}
