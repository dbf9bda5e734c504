using InspectionSuite.Cases;
using InspectionSuite.Organization;
using InspectionSuite.Planning;
using InspectionSuite.Sampling;
using InspectionSuite.Workflows.Contracts;
using Microsoft.Extensions.DependencyInjection;
using Shouldly;
using Xunit;

namespace InspectionSuite.Application.Tests.Planning;

/// <summary>Approval and top-up create real planned cases through the cases module (PlannedCaseFactory).</summary>
public sealed class PlannedCaseCreationTests(PlanningFixture fixture) : IClassFixture<PlanningFixture>
{
    private Task<List<InspectionCase>> CasesOfPlanAsync(IReadOnlyCollection<Guid> itemIds)
        => fixture.RunAsAsync("admin", sp =>
        {
            var cases = sp.GetRequiredService<IRepository<InspectionCase>>();
            return cases.ToListAsync(cases.Query().Where(c => c.PlanItemId != null && itemIds.Contains(c.PlanItemId.Value)));
        });

    [Theory]
    // Thanh tra tỉnh's plan is a list, not a draw (issue 14): TtPlanListAppTests creates its inspections.
    [InlineData(AuthorityCode.NoiVu, CaseKind.Check, CaseWorkflows.CheckDefinitionId, 2033)]
    public async Task Should_create_exactly_one_planned_case_per_selected_unit_linked_to_its_item_with_a_running_workflow(
        AuthorityCode authority, CaseKind kind, string definitionId, int year)
    {
        var plan = await fixture.ApprovedPlanAsync(authority, year, $"CASES-{year}");

        var items = await fixture.ItemsAsync(plan.Id);
        var selected = items.Where(i => i.Selected).ToList();
        selected.Count.ShouldBe(23);
        plan.CasesCreated.ShouldBe(23);
        var cases = await CasesOfPlanAsync(items.Select(i => i.Id).ToList());
        cases.Count.ShouldBe(selected.Count);
        cases.Select(c => c.PlanItemId!.Value).ShouldBe(selected.Select(i => i.Id), ignoreOrder: true);
        var unitCodes = await fixture.RunAsAsync("admin", async sp =>
        {
            var units = sp.GetRequiredService<IRepository<Unit>>();
            return (await units.ToListAsync(units.Query().Select(u => new { u.Id, u.Code }))).ToDictionary(u => u.Id, u => u.Code);
        });
        foreach (var c in cases)
        {
            var item = selected.Single(i => i.Id == c.PlanItemId);
            item.CaseId.ShouldBe(c.Id);
            unitCodes[c.UnitId].ShouldBe(item.UnitCode);
            c.State.ShouldBe(CaseStates.Planned);
            c.Kind.ShouldBe(kind);
            c.Authority.ShouldBe(authority);
            c.Subject.ShouldContain(item.UnitName);
            c.WorkflowInstanceId.ShouldNotBeNull();
        }
        var instances = await fixture.RunAsAsync("admin", async sp =>
        {
            var workflows = sp.GetRequiredService<IWorkflowInstanceQueries>();
            var list = new List<WorkflowInstanceInfo>();
            foreach (var c in cases) list.Add(await workflows.GetInstanceAsync(c.WorkflowInstanceId!.Value));
            return list;
        });
        instances.ShouldAllBe(i => i.DefinitionId == definitionId && i.State == CaseStates.Planned && i.Status == "Running");
        instances.Select(i => i.CorrelationId).ShouldBe(cases.Select(c => c.Id.ToString()), ignoreOrder: true);
        items.Where(i => !i.Selected).ShouldAllBe(i => i.CaseId == null);
    }

    [Fact]
    public async Task Should_never_create_a_second_case_for_the_same_plan_item()
    {
        var plan = await fixture.ApprovedPlanAsync(AuthorityCode.NoiVu, 2034, "ONCE");
        var items = await fixture.ItemsAsync(plan.Id);
        var item = items.First(i => i.Selected);

        // The factory asked again for the same item (a retried approval) answers with the existing case.
        var again = await fixture.RunAsAsync("supervisor", sp => sp.GetRequiredService<IPlannedCaseFactory>().CreatePlannedCaseAsync(
            new PlannedCaseRequest(plan.Id, item.Id, plan.Authority, plan.Year, 0, item.UnitCode, item.UnitName, SelectionReason.Rotation, item.Detail, new DateOnly(plan.Year, 1, 1))));
        again.ShouldBe(item.CaseId!.Value);
        // Approving twice is refused and creates nothing.
        (await Should.ThrowAsync<BusinessException>(() => fixture.ApproveAsync(plan))).Code.ShouldBe(PlanningErrorCodes.PlanStatusInvalid);
        (await CasesOfPlanAsync(items.Select(i => i.Id).ToList())).Count.ShouldBe(items.Count(i => i.Selected));

        // A top-up creates cases for the added units only, marked with the amendment.
        plan = await fixture.Supervisor(s => s.TopUpAsync(plan.Id, new TopUpPlanDto("more", 1, 1, null, plan.ConcurrencyStamp)));
        var after = await fixture.ItemsAsync(plan.Id);
        var added = after.Where(i => i.Amendment == 1).ToList();
        added.Count.ShouldBe(2);
        var cases = await CasesOfPlanAsync(after.Select(i => i.Id).ToList());
        cases.Count.ShouldBe(after.Count(i => i.Selected));
        cases.Select(c => c.PlanItemId).Distinct().Count().ShouldBe(cases.Count);
        added.ShouldAllBe(i => i.CaseId != null && cases.Any(c => c.Id == i.CaseId && c.LegalBasis!.Contains("bổ sung lần 1")));
    }

    [Fact]
    public async Task Should_show_the_plan_link_with_year_and_reason_on_the_case_and_in_the_case_list()
    {
        var plan = await fixture.ApprovedListPlanAsync(2035, 2);
        var item = (await fixture.ItemsAsync(plan.Id)).First(i => i.Selected);

        var dto = await fixture.RunAsAsync("supervisor", sp => sp.GetRequiredService<ICaseAppService>().GetAsync(item.CaseId!.Value));
        dto.PlanItemId.ShouldBe(item.Id);
        dto.Plan.ShouldBe(new CasePlanLinkDto(plan.Id, item.Id, AuthorityCode.ThanhTra, 2035, item.Reason, 0));

        var list = await fixture.RunAsAsync("supervisor", sp => sp.GetRequiredService<ICaseAppService>().GetListAsync(new GetCaseListInput { MaxResultCount = 200 }));
        list.Items.Single(c => c.Id == item.CaseId).Plan.ShouldBe(dto.Plan);
    }

    [Fact]
    public async Task Should_date_the_tasks_of_next_years_planned_cases_from_the_plans_start_not_from_the_approval()
    {
        const int year = 2034;
        var plan = await fixture.ApprovedListPlanAsync(year, 3); // Thanh tra tỉnh's list, no planned period
        var items = await fixture.ItemsAsync(plan.Id);
        var cases = await CasesOfPlanAsync(items.Select(i => i.Id).ToList());
        cases.Count.ShouldBe(3);

        var (tasks, expected) = await fixture.RunAsAsync("admin", async sp =>
        {
            var runtime = sp.GetRequiredService<IWorkflowInstanceQueries>();
            var calendar = sp.GetRequiredService<InspectionSuite.Workflows.Timers.WorkingCalendar>();
            var all = new List<HumanTaskInfo>();
            foreach (var c in cases) all.AddRange(await runtime.GetTasksAsync(c.WorkflowInstanceId!.Value));
            // 1 January of the plan's year, 00:00 in Vietnam, plus the definition's 10 working days for IssueDecision.
            return (all, calendar.AddWorkingDays(new DateTime(year - 1, 12, 31, 17, 0, 0, DateTimeKind.Utc), 10));
        });

        tasks.Where(t => t.Status == "Open").Select(t => t.Name).Distinct().ShouldBe(["IssueDecision"]);
        tasks.ShouldAllBe(t => t.DueAtUtc == expected);
        expected.Year.ShouldBe(year);
    }

    [Fact]
    public async Task Should_date_the_tasks_of_this_years_planned_cases_from_the_approval()
    {
        var year = fixture.Time.GetUtcNow().Year;
        var plan = await fixture.ApprovedPlanAsync(AuthorityCode.NoiVu, year, $"DUE-{year}");
        var cases = await CasesOfPlanAsync((await fixture.ItemsAsync(plan.Id)).Select(i => i.Id).ToList());
        var tasks = await fixture.RunAsAsync("admin", async sp =>
        {
            var runtime = sp.GetRequiredService<IWorkflowInstanceQueries>();
            var all = new List<HumanTaskInfo>();
            foreach (var c in cases) all.AddRange(await runtime.GetTasksAsync(c.WorkflowInstanceId!.Value));
            return all;
        });
        tasks.ShouldNotBeEmpty();
        tasks.ShouldAllBe(t => t.DueAtUtc > t.CreatedAtUtc && t.DueAtUtc < t.CreatedAtUtc.AddDays(30));
    }
}
