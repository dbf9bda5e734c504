using InspectionSuite.Application.Tests.Documents;
using InspectionSuite.Cases;
using InspectionSuite.Documents;
using InspectionSuite.Organization;
using InspectionSuite.Planning;
using InspectionSuite.Workflows.Contracts;
using Microsoft.Extensions.DependencyInjection;
using Shouldly;
using Xunit;

namespace InspectionSuite.Application.Tests.Planning;

/// <summary>
/// Issue 14: Thanh tra tỉnh's annual plan is a list the supervisor builds by hand — planned (theo kế hoạch) and đột xuất
/// items with unit, subject, planned period and legal basis — not a 20% draw. Real SQLite and workflow runtime: approval
/// opens real inspection cases; a đột xuất item added after approval opens its case at once.
/// </summary>
public sealed class TtPlanListAppTests(PlanningFixture fixture) : IClassFixture<PlanningFixture>
{
    private const string Subject = "Thanh tra việc quản lý, sử dụng đất đai";
    private const string Basis = "Văn bản chỉ đạo số 12/UBND của Chủ tịch UBND tỉnh";

    private Task<List<InspectionCase>> CasesAsync(IEnumerable<Guid?> caseIds)
    {
        var ids = caseIds.Select(i => i!.Value).ToList();
        return fixture.RunAsAsync("admin", sp =>
        {
            var cases = sp.GetRequiredService<IRepository<InspectionCase>>();
            return cases.ToListAsync(cases.Query().Where(c => ids.Contains(c.Id)));
        });
    }

    [Fact]
    public async Task Should_open_one_inspection_case_per_listed_item_on_approval_with_its_subject_basis_and_period()
    {
        var plan = await fixture.CreateAsync(AuthorityCode.ThanhTra, 2037);
        plan.Mode.ShouldBe(PlanMode.List);
        var supervisorId = await fixture.RunAsAsync("supervisor", sp => Task.FromResult(sp.GetRequiredService<ICurrentUser>().Id));
        var first = await fixture.AddListItemAsync(plan.Id, "so-tc", PlanItemOrigin.Planned, month: 3, subject: Subject, basis: Basis);
        var second = await fixture.AddListItemAsync(plan.Id, "X011", PlanItemOrigin.AdHoc, quarter: 2);

        first.UnitCode.ShouldBe("SO-TC"); // the register's spelling
        (first.Subject, first.Detail, first.PlannedMonth, first.Origin, first.Selected).ShouldBe((Subject, Basis, 3, PlanItemOrigin.Planned, true));
        (first.AddedBy, first.AddedAt).ShouldBe((supervisorId, fixture.Time.GetUtcNow().UtcDateTime));
        (second.PlannedQuarter, second.Origin).ShouldBe((2, PlanItemOrigin.AdHoc));
        (await fixture.ItemsAsync(plan.Id)).Select(i => i.CaseId).ShouldAllBe(c => c == null); // no case before approval

        plan = await fixture.ApproveAsync(await fixture.GetAsync(plan.Id));

        plan.Status.ShouldBe(PlanStatus.Approved);
        plan.CasesCreated.ShouldBe(2);
        var items = await fixture.ItemsAsync(plan.Id);
        var cases = await CasesAsync(items.Select(i => i.CaseId));
        cases.Count.ShouldBe(2);
        cases.ShouldAllBe(c => c.Kind == CaseKind.Inspection && c.Authority == AuthorityCode.ThanhTra && c.State == CaseStates.Planned);
        var land = cases.Single(c => c.PlanItemId == first.Id);
        land.Subject.ShouldContain(Subject);
        land.Subject.ShouldContain("Sở Tài chính");
        land.LegalBasis!.ShouldContain(Basis);
        cases.Single(c => c.PlanItemId == second.Id).Subject.ShouldContain("đột xuất");
        var instances = await fixture.RunAsAsync("admin", async sp =>
        {
            var workflows = sp.GetRequiredService<IWorkflowInstanceQueries>();
            var list = new List<WorkflowInstanceInfo>();
            foreach (var c in cases) list.Add(await workflows.GetInstanceAsync(c.WorkflowInstanceId!.Value));
            return list;
        });
        instances.ShouldAllBe(i => i.DefinitionId == CaseWorkflows.InspectionDefinitionId && i.Status == "Running");
    }

    [Fact]
    public async Task Should_refuse_the_draw_top_up_adjustments_risk_scores_and_coverage_on_thanh_tra_tinhs_plan_and_change_nothing()
    {
        var plan = await fixture.ListPlanAsync(2038, 1);
        var refused = new Func<Task>[]
        {
            () => fixture.DrawAsync(plan, "QN-2038"),
            () => fixture.Supervisor(s => s.AddAdjustmentAsync(plan.Id, new AddPlanAdjustmentDto("SO-TC", AdjustmentKind.Mandatory, "x", plan.ConcurrencyStamp))),
            () => fixture.Supervisor(s => s.SetRiskScoreAsync(plan.Id, new SetPlanRiskScoreDto("SO-TC", 90, plan.ConcurrencyStamp))),
            () => fixture.Supervisor(s => s.ImportRiskScoresCsvAsync(plan.Id, "UnitCode,RiskScore\nSO-TC,90\n", plan.ConcurrencyStamp)),
            () => fixture.Supervisor(s => s.GetCoverageAsync(plan.Id)),
        };
        foreach (var call in refused) (await Should.ThrowAsync<BusinessException>(call)).Code.ShouldBe(PlanningErrorCodes.DrawNotForListPlan);
        var after = await fixture.GetAsync(plan.Id);
        (after.Seed, after.ConcurrencyStamp, after.Adjustments.Count, after.RiskScores.Count).ShouldBe((null, plan.ConcurrencyStamp, 0, 0));

        plan = await fixture.ApproveAsync(after);
        (await Should.ThrowAsync<BusinessException>(() => fixture.Supervisor(s => s.TopUpAsync(plan.Id, new TopUpPlanDto("more", 1, 1, null, plan.ConcurrencyStamp)))))
            .Code.ShouldBe(PlanningErrorCodes.DrawNotForListPlan);
        (await Should.ThrowAsync<BusinessException>(() => fixture.Supervisor(s => s.GetCoverageAsync(plan.Id)))).Code.ShouldBe(PlanningErrorCodes.DrawNotForListPlan);
    }

    [Fact]
    public async Task Should_refuse_to_approve_an_empty_list_and_let_a_removed_item_leave_it_empty()
    {
        var plan = await fixture.CreateAsync(AuthorityCode.ThanhTra, 2039);
        (await Should.ThrowAsync<BusinessException>(() => fixture.ApproveAsync(plan))).Code.ShouldBe(PlanningErrorCodes.PlanListEmpty);

        var item = await fixture.AddListItemAsync(plan.Id, "SO-TC");
        plan = await fixture.GetAsync(plan.Id);
        plan = await fixture.Supervisor(s => s.RemoveListItemAsync(plan.Id, item.Id, new PlanCommandDto(plan.ConcurrencyStamp)));
        (await fixture.ItemsAsync(plan.Id)).ShouldBeEmpty();
        (await Should.ThrowAsync<BusinessException>(() => fixture.ApproveAsync(plan))).Code.ShouldBe(PlanningErrorCodes.PlanListEmpty);
        (await fixture.GetAsync(plan.Id)).Status.ShouldBe(PlanStatus.Draft);
    }

    [Fact]
    public async Task Should_open_the_case_of_a_dot_xuat_item_added_after_approval_at_once_and_refuse_a_planned_one()
    {
        var plan = await fixture.ApprovedListPlanAsync(2040, 1);
        plan.CasesCreated.ShouldBe(1);

        (await Should.ThrowAsync<BusinessException>(() => fixture.AddListItemAsync(plan.Id, "X012", PlanItemOrigin.Planned))).Code.ShouldBe(PlanningErrorCodes.OnlyAdHocAfterApproval);
        var adHoc = await fixture.AddListItemAsync(plan.Id, "X012", PlanItemOrigin.AdHoc, month: 11, basis: "Đơn tố cáo ngày 01/10");

        adHoc.Origin.ShouldBe(PlanItemOrigin.AdHoc);
        adHoc.CaseId.ShouldNotBeNull();
        adHoc.AddedAt.ShouldNotBeNull();
        var @case = (await CasesAsync([adHoc.CaseId])).ShouldHaveSingleItem();
        (@case.PlanItemId, @case.Kind, @case.State).ShouldBe((adHoc.Id, CaseKind.Inspection, CaseStates.Planned));
        @case.LegalBasis!.ShouldContain("Đơn tố cáo ngày 01/10");
        (await fixture.GetAsync(plan.Id)).CasesCreated.ShouldBe(2);
        // An approved item is not removed: it has its case.
        plan = await fixture.GetAsync(plan.Id);
        (await Should.ThrowAsync<BusinessException>(() => fixture.Supervisor(s => s.RemoveListItemAsync(plan.Id, adHoc.Id, new PlanCommandDto(plan.ConcurrencyStamp)))))
            .Code.ShouldBe(PlanningErrorCodes.PlanStatusInvalid);
    }

    [Fact]
    public async Task Should_refuse_the_inspectorate_itself_an_unknown_unit_bad_fields_a_so_noi_vu_plan_and_a_user_without_planning_draw()
    {
        var plan = await fixture.CreateAsync(AuthorityCode.ThanhTra, 2041);
        (await Should.ThrowAsync<BusinessException>(() => fixture.AddListItemAsync(plan.Id, "tt-tinh"))).Code.ShouldBe(PlanningErrorCodes.OwnUnit);
        (await Should.ThrowAsync<BusinessException>(() => fixture.AddListItemAsync(plan.Id, "NO-SUCH"))).Code.ShouldBe(PlanningErrorCodes.UnitNotInUniverse);
        (await Should.ThrowAsync<InputValidationException>(() => fixture.AddListItemAsync(plan.Id, "SO-TC", subject: " "))).Errors.Keys.ShouldContain("Subject");
        (await Should.ThrowAsync<InputValidationException>(() => fixture.AddListItemAsync(plan.Id, "SO-TC", basis: ""))).Errors.Keys.ShouldContain("LegalBasis");
        (await Should.ThrowAsync<InputValidationException>(() => fixture.AddListItemAsync(plan.Id, "SO-TC", month: 2, quarter: 1))).Errors.Keys.ShouldContain("PlannedQuarter");
        (await Should.ThrowAsync<InputValidationException>(() => fixture.AddListItemAsync(plan.Id, "SO-TC", month: 13))).Errors.Keys.ShouldContain("PlannedMonth");
        (await Should.ThrowAsync<InputValidationException>(() => fixture.AddListItemAsync(plan.Id, "SO-TC", quarter: 5))).Errors.Keys.ShouldContain("PlannedQuarter");
        await Should.ThrowAsync<ForbiddenException>(() => fixture.As("inspector", s =>
            s.AddListItemAsync(plan.Id, new AddPlanListItemDto("SO-TC", Subject, Basis, PlanItemOrigin.Planned, null, null, plan.ConcurrencyStamp))));
        (await fixture.ItemsAsync(plan.Id)).ShouldBeEmpty(); // nothing added by any refused call

        var noiVu = await fixture.CreateAsync(AuthorityCode.NoiVu, 2041);
        (await Should.ThrowAsync<BusinessException>(() => fixture.AddListItemAsync(noiVu.Id, "SO-TC"))).Code.ShouldBe(PlanningErrorCodes.ListItemsNotForDrawPlan);
    }

    [Fact]
    public async Task Should_print_the_listed_inspections_with_subject_planned_period_and_basis_in_the_annual_plan_document()
    {
        var plan = await fixture.CreateAsync(AuthorityCode.ThanhTra, 2042);
        await fixture.AddListItemAsync(plan.Id, "SO-TC", PlanItemOrigin.Planned, quarter: 2, subject: Subject, basis: Basis);
        await fixture.AddListItemAsync(plan.Id, "X011", PlanItemOrigin.AdHoc, month: 9, subject: "Thanh tra trách nhiệm thực hiện pháp luật về tiếp công dân", basis: "Đơn phản ánh");
        plan = await fixture.ApproveAsync(await fixture.GetAsync(plan.Id));

        var file = await fixture.RunAsAsync("supervisor", sp => ActivatorUtilities.CreateInstance<AnnualPlanDocumentAppService>(sp, new LibreOfficePdfConverter("/nonexistent/soffice"))
            .GenerateAsync(plan.Id, false));

        var text = DocumentTestData.Text(file.Content);
        text.ShouldContain("Nội dung thanh tra");
        text.ShouldContain("Thời gian dự kiến");
        text.ShouldContain(Subject);
        text.ShouldContain("Quý II");
        text.ShouldContain("Tháng 9");
        text.ShouldContain("Theo kế hoạch. " + Basis);
        text.ShouldContain("Đột xuất. Đơn phản ánh");
        DocumentTestData.ValidationErrors(file.Content).ShouldBeEmpty();
    }
}
