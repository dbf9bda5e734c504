using System.Globalization;
using InspectionSuite.Cases;
using InspectionSuite.Cases.Workflow;
using InspectionSuite.Organization;
using InspectionSuite.Workflows.Contracts;
using Microsoft.Extensions.DependencyInjection;
using Shouldly;
using Xunit;

namespace InspectionSuite.Application.Tests.Cases;

/// <summary>Sở Nội vụ's own check procedure (noi-vu.check v2, issue 15) through the app services on a real database.</summary>
public sealed class CheckProcedureTests(CaseFixture fixture) : IClassFixture<CaseFixture>
{
    private Task<T> Check<T>(string user, Func<ICheckAppService, Task<T>> work) => fixture.RunAsAsync(user, sp => work(sp.GetRequiredService<ICheckAppService>()));
    private Task<IReadOnlyList<ChecklistItemDto>> Checklist(Guid id) => fixture.RunAsAsync("inspector", sp => sp.GetRequiredService<IChecklistAppService>().GetListAsync(id));

    private async Task<BusinessException> RefusedWithoutChange(CaseDto c, string trigger, string user, string code)
    {
        var error = await Should.ThrowAsync<BusinessException>(() => fixture.Fire(c.Id, trigger, user));
        error.Code.ShouldBe(code);
        var after = await fixture.Get(c.Id);
        after.State.ShouldBe(c.State);
        after.WorkflowVersion.ShouldBe(c.WorkflowVersion);
        return error;
    }

    [Fact]
    public async Task Should_run_an_announced_check_from_plan_to_closed()
    {
        var c = await fixture.NewCase(CaseKind.Check, "P01");
        var instance = await fixture.RunAsAsync("admin", sp => sp.GetRequiredService<IWorkflowInstanceQueries>().GetInstanceAsync(c.WorkflowInstanceId!.Value));
        instance.DefinitionVersion.ShouldBe(2);

        // A team member from another agency, not a user.
        var check = await Check("supervisor", s => s.AddExternalMemberAsync(c.Id, new AddExternalMemberDto("Trần Văn Ngoài", "Chuyên viên", "Văn phòng UBND tỉnh", c.ConcurrencyStamp)));
        check.ExternalMembers.Single().ShouldBe(new ExternalTeamMemberDto(check.ExternalMembers[0].Id, "Trần Văn Ngoài", "Chuyên viên", "Văn phòng UBND tỉnh"));

        c = await fixture.Fire(c.Id, CaseTriggers.Decide, "supervisor");
        c.State.ShouldBe(CaseStates.Decided);
        // No visit before the unit's self-assessment.
        await RefusedWithoutChange(c, CaseTriggers.StartOnSite, "inspector", CheckErrorCodes.SelfAssessmentMissing);
        c = await fixture.Fire(c.Id, CaseTriggers.RequestSelfAssessment, "inspector");
        c.State.ShouldBe(CaseStates.SelfAssessment);

        // The unit's representative submits; a missing value is refused with the criteria named and nothing kept.
        var partial = new SubmitSelfAssessmentDto([new SelfAssessmentValueDto("KH534-01", "giảm 12%", null)], c.ConcurrencyStamp);
        var missing = await Should.ThrowAsync<BusinessException>(() => Check("unitrep", s => s.SubmitSelfAssessmentAsync(c.Id, partial)));
        missing.Code.ShouldBe(CheckErrorCodes.SelfAssessmentValuesMissing);
        missing.Args.Single()!.ToString()!.ShouldContain("KH534-14");
        (await Check("supervisor", s => s.GetAsync(c.Id))).SelfAssessedOn.ShouldBeNull();
        // Only the unit's own representative speaks for it.
        var full = new SubmitSelfAssessmentDto(CheckCriteriaCatalogue.All.Select(k => new SelfAssessmentValueDto(k.Code, "đạt", null)).ToList(), c.ConcurrencyStamp);
        await Should.ThrowAsync<ForbiddenException>(() => Check("admin", s => s.SubmitSelfAssessmentAsync(c.Id, full)));
        check = await Check("unitrep", s => s.SubmitSelfAssessmentAsync(c.Id, full));
        check.SelfAssessedOn.ShouldBe(fixture.Today);
        check.SelfAssessment.Count.ShouldBe(CheckCriteriaCatalogue.All.Count);

        // The visit: a few working days, from the definition.
        c = await fixture.Fire(c.Id, CaseTriggers.StartOnSite, "inspector");
        c.State.ShouldBe(CaseStates.OnSite);
        c.Deadlines.OnSiteDays.ShouldBe(3);
        c.Deadlines.OnSiteDayKind.ShouldBe("working");
        (await Checklist(c.Id)).Select(i => i.CriterionCode).ShouldBe(CheckCriteriaCatalogue.All.Select(k => k.Code));
        // No extension or suspension in a check.
        (await Should.ThrowAsync<BusinessException>(() => fixture.Cases("leader", s => s.AddExtensionAsync(c.Id, new AddExtensionDto("1/QĐ", 5, "x", fixture.Today, c.ConcurrencyStamp)))))
            .Code.ShouldBe(CheckErrorCodes.NotInCheckProcedure);
        (await Should.ThrowAsync<BusinessException>(() => fixture.Cases("leader", s => s.AddSuspensionAsync(c.Id, new AddSuspensionDto("2/QĐ", fixture.Today, null, "x", c.ConcurrencyStamp)))))
            .Code.ShouldBe(CheckErrorCodes.NotInCheckProcedure);
        (await fixture.Get(c.Id)).ShouldSatisfyAllConditions(x => x.Suspensions.ShouldBeEmpty(), x => x.Extensions.ShouldBeEmpty());
        await RefusedWithoutChange(c, CaseTriggers.EndOnSite, "inspector", CheckErrorCodes.CheckMinutesMissing);
        c = await fixture.Cases("inspector", s => s.AddMinutesAsync(c.Id, new AddMinutesDto("Biên bản kiểm tra", fixture.Today, "Đoàn đã làm việc với đơn vị.", c.ConcurrencyStamp)));
        c = await fixture.Fire(c.Id, CaseTriggers.EndOnSite, "inspector");
        c.State.ShouldBe(CaseStates.Concluding);

        // The notice waits for every criterion, naming those not assessed.
        c = await fixture.Cases("leader", s => s.RecordConclusionAsync(c.Id, new RecordConclusionDto("12/TB-SNV", fixture.Today, "Giám đốc Sở Nội vụ", "Thông báo kết luận kiểm tra.", c.ConcurrencyStamp)));
        var unassessed = await RefusedWithoutChange(c, CaseTriggers.IssueConclusionNotice, "leader", CheckErrorCodes.CriteriaUnassessed);
        unassessed.Args.Single().ShouldBe(string.Join(", ", CheckCriteriaCatalogue.All.Select(k => k.Code).Order(StringComparer.Ordinal)));
        var option = (await fixture.Cases("leader", s => s.GetTriggersAsync(c.Id))).Single(t => t.Trigger == CaseTriggers.IssueConclusionNotice);
        option.Allowed.ShouldBeFalse();
        option.Reason.ShouldNotBeNull();
        option.Reason.ShouldContain("KH534-01");

        var stamp = c.ConcurrencyStamp;
        Guid? findingId = null;
        foreach (var item in await Checklist(c.Id))
        {
            var notMet = item.CriterionCode == "KH534-02";
            var r = await fixture.RunAsAsync("inspector", sp => sp.GetRequiredService<IChecklistAppService>()
                .RecordResultAsync(c.Id, item.Id, new RecordChecklistResultDto(notMet ? CheckResult.NotMet : CheckResult.Met, notMet ? "42% trực tuyến" : "đạt", null, stamp)));
            stamp = r.ConcurrencyStamp;
            findingId ??= r.ProposedFinding?.Id;
        }

        // Outcomes: only kiến nghị chấn chỉnh / xử lý trách nhiệm, each answering a finding or a criterion.
        (await Should.ThrowAsync<BusinessException>(() => Check("leader", s => s.RecordOutcomeAsync(c.Id,
            new RecordCheckOutcomeDto(SanctionType.CorrectiveRecommendation, "Văn phòng", "Chánh Văn phòng", null, null, null, stamp))))).Code.ShouldBe(CheckErrorCodes.OutcomeLinkRequired);
        (await Should.ThrowAsync<BusinessException>(() => Check("leader", s => s.RecordOutcomeAsync(c.Id,
            new RecordCheckOutcomeDto(SanctionType.Recovery, "Kế toán", "Kế toán trưởng", null, findingId, null, stamp))))).Code.ShouldBe(CheckErrorCodes.OutcomeTypeNotForCheck);
        check = await Check("leader", s => s.RecordOutcomeAsync(c.Id,
            new RecordCheckOutcomeDto(SanctionType.CorrectiveRecommendation, "Tăng họp trực tuyến lên ≥ 60%", "Chánh Văn phòng", fixture.Today.AddDays(30), findingId, null, stamp)));
        check = await Check("leader", s => s.RecordOutcomeAsync(c.Id,
            new RecordCheckOutcomeDto(SanctionType.AccountabilityProposal, "Kiểm điểm trách nhiệm Chánh Văn phòng", "Thủ trưởng đơn vị", fixture.Today.AddDays(30), null, "KH534-02", check.ConcurrencyStamp)));
        check.Outcomes.Count.ShouldBe(2);
        check.Outcomes.ShouldAllBe(o => o.CriterionCode == "KH534-02");
        check.Outcomes.Single(o => o.Type == SanctionType.CorrectiveRecommendation).FindingId.ShouldBe(findingId);

        c = await fixture.Fire(c.Id, CaseTriggers.IssueConclusionNotice, "leader");
        c.State.ShouldBe(CaseStates.FollowUp);
        c.Appraisal.On.ShouldBeNull();
        c.Publication.From.ShouldBeNull();

        // The unit reports its remedies; the check closes when every recommendation is done.
        foreach (var outcome in check.Outcomes)
        {
            var current = await fixture.Get(c.Id);
            await fixture.RunAsAsync("unitrep", sp => sp.GetRequiredService<IFollowUpAppService>()
                .ReportImplementationAsync(c.Id, new ReportImplementationDto(outcome.Id, ImplementationStatus.Done, 0m, "Đã khắc phục", current.ConcurrencyStamp)));
            // The unit's report is a claim the team confirms (issue 14).
            current = await fixture.Get(c.Id);
            await fixture.RunAsAsync("inspector", sp => sp.GetRequiredService<IFollowUpAppService>()
                .ConfirmImplementationAsync(c.Id, outcome.Id, new ConfirmImplementationDto(current.ConcurrencyStamp)));
        }
        c = await fixture.Fire(c.Id, CaseTriggers.Close, "inspector");
        c.State.ShouldBe(CaseStates.Closed);

        var history = await fixture.Cases("supervisor", s => s.GetHistoryAsync(c.Id));
        history.Where(h => h.Trigger is not null).Select(h => h.Trigger).ShouldBe(
            [CaseTriggers.Decide, CaseTriggers.RequestSelfAssessment, CaseTriggers.StartOnSite, CaseTriggers.EndOnSite, CaseTriggers.IssueConclusionNotice, CaseTriggers.Close]);
    }

    [Fact]
    public async Task Should_show_an_unannounced_check_to_the_unit_only_once_the_team_arrives()
    {
        var c = await fixture.NewCase(CaseKind.Check, "P01");
        await Check("supervisor", s => s.SetUnannouncedAsync(c.Id, new SetUnannouncedDto(true, c.ConcurrencyStamp)));
        c = await fixture.Fire(c.Id, CaseTriggers.Decide, "supervisor");
        (await Should.ThrowAsync<BusinessException>(() => Check("supervisor", s => s.SetUnannouncedAsync(c.Id, new SetUnannouncedDto(false, c.ConcurrencyStamp)))))
            .Code.ShouldBe(CheckErrorCodes.UnannouncedFixed);

        await Should.ThrowAsync<EntityNotFoundException>(() => fixture.Get(c.Id, "unitrep"));
        (await fixture.Cases("unitrep", s => s.GetListAsync(new GetCaseListInput { MaxResultCount = 200 }))).Items.ShouldNotContain(i => i.Id == c.Id);
        await RefusedWithoutChange(c, CaseTriggers.RequestSelfAssessment, "inspector", CheckErrorCodes.SelfAssessmentNotForUnannounced);

        // The team arrives without a self-assessment; from then on the unit sees the case.
        c = await fixture.Fire(c.Id, CaseTriggers.StartOnSite, "inspector");
        c.State.ShouldBe(CaseStates.OnSite);
        (await fixture.Get(c.Id, "unitrep")).Id.ShouldBe(c.Id);
        (await fixture.Cases("unitrep", s => s.GetListAsync(new GetCaseListInput { MaxResultCount = 200 }))).Items.ShouldContain(i => i.Id == c.Id);
    }

    [Fact]
    public async Task Should_move_running_v1_checks_to_v2_by_a_journaled_migration_after_a_dry_run()
    {
        var announced = await StartV1Check("P01");
        announced = await fixture.Fire(announced.Id, CaseTriggers.Decide, "supervisor");
        announced = await fixture.Cases("inspector", s => s.RecordAnnouncementAsync(announced.Id, new RecordAnnouncementDto(fixture.Today, announced.ConcurrencyStamp)));
        announced = await fixture.Fire(announced.Id, CaseTriggers.Announce, "inspector");
        announced.State.ShouldBe(CaseStates.Announced);
        var reporting = await StartV1Check("P01");
        reporting = await fixture.Fire(reporting.Id, CaseTriggers.Decide, "supervisor");
        reporting = await fixture.Cases("inspector", s => s.RecordAnnouncementAsync(reporting.Id, new RecordAnnouncementDto(fixture.Today, reporting.ConcurrencyStamp)));
        reporting = await fixture.Fire(reporting.Id, CaseTriggers.Announce, "inspector");
        reporting = await fixture.Fire(reporting.Id, CaseTriggers.StartOnSite, "inspector");
        reporting = await fixture.Cases("inspector", s => s.SetOnSitePeriodAsync(reporting.Id, new SetOnSitePeriodDto(reporting.OnSiteStart!.Value, fixture.Today, reporting.ConcurrencyStamp)));
        reporting = await fixture.Fire(reporting.Id, CaseTriggers.EndOnSite, "inspector");
        reporting.State.ShouldBe(CaseStates.Reporting);
        var v2Case = await fixture.NewCase(CaseKind.Check, "P01");

        // Only an administrator of workflows may run it.
        await Should.ThrowAsync<ForbiddenException>(() => Upgrade("inspector", dryRun: false));

        var plan = await Upgrade("admin", dryRun: true);
        plan.Single(p => p.CaseId == announced.Id).ShouldSatisfyAllConditions(p => p.ToState.ShouldBe(CaseStates.Decided), p => p.Applied.ShouldBeFalse());
        plan.Single(p => p.CaseId == reporting.Id).ToState.ShouldBe(CaseStates.Concluding);
        plan.ShouldNotContain(p => p.CaseId == v2Case.Id);
        (await fixture.Get(announced.Id)).State.ShouldBe(CaseStates.Announced); // a dry run changes nothing
        (await Version(announced)).ShouldBe(1);

        var applied = await Upgrade("admin", dryRun: false);
        applied.Where(p => p.CaseId == announced.Id || p.CaseId == reporting.Id).ShouldAllBe(p => p.Applied);
        (await fixture.Get(announced.Id)).State.ShouldBe(CaseStates.Decided);
        (await fixture.Get(reporting.Id)).State.ShouldBe(CaseStates.Concluding);
        (await Version(announced)).ShouldBe(2);
        (await Version(reporting)).ShouldBe(2);
        (await fixture.Cases("supervisor", s => s.GetHistoryAsync(announced.Id))).ShouldContain(h => h.Kind == "Migrated");
        (await Upgrade("admin", dryRun: false)).ShouldNotContain(p => p.CaseId == announced.Id); // once only

        // The migrated cases go on under v2: the announced one asks for its self-assessment.
        (await fixture.Fire(announced.Id, CaseTriggers.RequestSelfAssessment, "inspector")).State.ShouldBe(CaseStates.SelfAssessment);
    }

    private Task<IReadOnlyList<CheckUpgradeDto>> Upgrade(string user, bool dryRun)
        => fixture.RunAsAsync(user, sp => sp.GetRequiredService<CaseWorkflowMigrator>().UpgradeRunningAsync(CaseWorkflowMigrations.NoiVuCheckV1ToV2, dryRun));

    private async Task<int> Version(CaseDto c)
        => (await fixture.RunAsAsync("admin", sp => sp.GetRequiredService<IWorkflowInstanceQueries>().GetInstanceAsync(c.WorkflowInstanceId!.Value))).DefinitionVersion;

    /// <summary>A check started on v1 as an installation upgraded from before issue 15 has them, with decision and team.</summary>
    private async Task<CaseDto> StartV1Check(string unitCode)
    {
        var unitId = await fixture.UnitIdAsync(unitCode);
        var id = await fixture.RunAsAsync("supervisor", async sp =>
        {
            var c = new InspectionCase(Guid.NewGuid(), CaseKind.Check, AuthorityCode.NoiVu, unitId, $"Kiểm tra v1 {Guid.NewGuid():N}", null, null, null, null, null);
            await sp.GetRequiredService<IRepository<InspectionCase>>().InsertAsync(c);
            var actor = await sp.GetRequiredService<CaseAccess>().ActorAsync(default);
            await sp.GetRequiredService<IWorkflowRuntime>().StartAsync(CaseWorkflows.CheckDefinitionId, c.Id.ToString(), actor,
                System.Text.Json.JsonSerializer.Serialize(new { unitId, kind = nameof(CaseKind.Check) }), version: 1);
            return c.Id;
        });
        return await fixture.WithDecisionAndTeam(await fixture.Get(id));
    }
}
