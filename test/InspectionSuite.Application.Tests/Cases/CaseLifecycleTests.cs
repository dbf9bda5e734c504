using InspectionSuite.Cases;
using Microsoft.Extensions.DependencyInjection;
using Shouldly;
using Xunit;

namespace InspectionSuite.Application.Tests.Cases;

public sealed class CaseLifecycleTests(CaseFixture fixture) : IClassFixture<CaseFixture>
{
    [Fact]
    public async Task Should_run_an_inspection_from_planned_to_closed_through_the_app_services()
    {
        var c = await fixture.NewCase(CaseKind.Inspection);
        c.State.ShouldBe(CaseStates.Planned);
        c.WorkflowInstanceId.ShouldNotBeNull();
        c.Team.Count.ShouldBe(2);
        c.Team.Single(m => m.IsLeader).UserName.ShouldBe("inspector");

        c = await fixture.Fire(c.Id, CaseTriggers.Decide, "leader");
        c.State.ShouldBe(CaseStates.Decided);
        c = await fixture.Cases("inspector", s => s.RecordWorkPlanAsync(c.Id, new RecordWorkPlanDto("Kế hoạch tiến hành", c.ConcurrencyStamp)));
        c = await fixture.ApproveWorkPlan(c); // by the người ra quyết định (v2, before Announce)
        c = await fixture.Cases("inspector", s => s.RecordAnnouncementAsync(c.Id, new RecordAnnouncementDto(fixture.Today, c.ConcurrencyStamp)));
        c = await fixture.Fire(c.Id, CaseTriggers.Announce, "inspector");
        c = await fixture.Fire(c.Id, CaseTriggers.StartOnSite, "inspector");
        c.State.ShouldBe(CaseStates.OnSite);
        c.OnSiteStart.ShouldBe(fixture.Today);
        c.Deadlines.OnSiteDays.ShouldBe(45); // thanh tra: 45 working days (noi-vu.check: 30)
        c.Deadlines.OnSiteDue!.Value.DayNumber.ShouldBeGreaterThan(c.OnSiteStart!.Value.AddDays(60).DayNumber);

        c = await fixture.Cases("inspector", s => s.AddMinutesAsync(c.Id, new AddMinutesDto("Biên bản làm việc", fixture.Today, "Nội dung", c.ConcurrencyStamp)));
        c = await fixture.Cases("inspector2", s => s.AddDiaryEntryAsync(c.Id, new AddDiaryEntryDto(fixture.Today, "Làm việc với đơn vị", c.ConcurrencyStamp)));
        var finding = await fixture.RunAsAsync("inspector", sp => sp.GetRequiredService<IFindingAppService>()
            .RecordAsync(c.Id, new RecordFindingDto(null, "Chi sai quy định", FindingSeverity.Serious, "Luật NSNN", 12_000_000m, "Kế toán", c.ConcurrencyStamp)));
        finding.Status.ShouldBe(FindingStatus.Confirmed);
        c = await fixture.Get(c.Id);

        fixture.Clock.Advance(TimeSpan.FromDays(20));
        c = await fixture.Cases("inspector", s => s.SetOnSitePeriodAsync(c.Id, new SetOnSitePeriodDto(c.OnSiteStart!.Value, fixture.Today, c.ConcurrencyStamp)));
        c = await fixture.Fire(c.Id, CaseTriggers.EndOnSite, "inspector");
        c.State.ShouldBe(CaseStates.Reporting);
        c.Deadlines.ResultsReportDue.ShouldNotBeNull();
        c = await fixture.Cases("inspector", s => s.AttachResultsReportAsync(c.Id, new AttachResultsReportDto("05/BC", fixture.Today, "Báo cáo", c.ConcurrencyStamp)));
        c = await fixture.Fire(c.Id, CaseTriggers.SubmitResultsReport, "inspector");
        c.State.ShouldBe(CaseStates.Concluding);

        c = await fixture.Cases("inspector", s => s.RecordDraftConclusionAsync(c.Id, new RecordDraftConclusionDto(fixture.Today, "Dự thảo", c.ConcurrencyStamp)));
        c = await fixture.Cases("inspector2", s => s.AddDissentAsync(c.Id, new AddDissentDto("Bảo lưu ý kiến về mức độ vi phạm", c.ConcurrencyStamp)));
        c.Dissents.Count.ShouldBe(1);
        c = await fixture.Cases("supervisor", s => s.RecordAppraisalAsync(c.Id, new RecordAppraisalDto(fixture.Today, "Phòng Pháp chế", "Đồng ý", c.ConcurrencyStamp)));
        c = await fixture.Cases("leader", s => s.RecordConclusionAsync(c.Id, new RecordConclusionDto("09/KL", fixture.Today, "Chánh Thanh tra", "Kết luận", c.ConcurrencyStamp)));
        c = await fixture.Cases("supervisor", s => s.RecordPublicationAsync(c.Id, new RecordPublicationDto("Cổng TTĐT", fixture.Today, fixture.Today.AddDays(14), c.ConcurrencyStamp)));
        c = await fixture.Fire(c.Id, CaseTriggers.Publish, "supervisor");
        c.State.ShouldBe(CaseStates.Published);
        c = await fixture.Fire(c.Id, CaseTriggers.StartSanctioning, "inspector");

        var sanction = await fixture.RunAsAsync("inspector", sp => sp.GetRequiredService<ISanctionAppService>()
            .IssueAsync(c.Id, new IssueSanctionDto(SanctionType.Recovery, "Kế toán đơn vị", 12_000_000m, fixture.Today.AddDays(30), "Thủ trưởng", c.ConcurrencyStamp)));
        c = await fixture.Fire(c.Id, CaseTriggers.StartFollowUp, "inspector");
        c.State.ShouldBe(CaseStates.FollowUp);

        // The unit representative of P01 reports implementation.
        var followUp = await fixture.RunAsAsync("unitrep", sp => sp.GetRequiredService<IFollowUpAppService>()
            .ReportImplementationAsync(c.Id, new ReportImplementationDto(sanction.Id, ImplementationStatus.Done, 12_000_000m, "Đã nộp ngân sách", c.ConcurrencyStamp)));
        followUp.AmountDecidedVnd.ShouldBe(12_000_000m);
        followUp.AmountRecoveredVnd.ShouldBe(12_000_000m);
        // The unit's "done" is a claim (issue 14): the item waits for the team, and only the team's confirmation resolves it.
        followUp.Unresolved.ShouldBe(1);
        followUp.Sanctions.Single().Status.ShouldBe(SanctionStatus.Reported);
        c = await fixture.Get(c.Id);
        followUp = await fixture.RunAsAsync("inspector", sp => sp.GetRequiredService<IFollowUpAppService>()
            .ConfirmImplementationAsync(c.Id, sanction.Id, new ConfirmImplementationDto(c.ConcurrencyStamp)));
        followUp.Unresolved.ShouldBe(0);

        c = await fixture.Fire(c.Id, CaseTriggers.Close, "inspector");
        c.State.ShouldBe(CaseStates.Closed);
        var history = await fixture.Cases("supervisor", s => s.GetHistoryAsync(c.Id));
        history.Where(h => h.Trigger is not null).Select(h => h.Trigger).ShouldBe(
            [CaseTriggers.Decide, CaseTriggers.Announce, CaseTriggers.StartOnSite, CaseTriggers.EndOnSite, CaseTriggers.SubmitResultsReport,
             CaseTriggers.Publish, CaseTriggers.StartSanctioning, CaseTriggers.StartFollowUp, CaseTriggers.Close]);
        (await fixture.Cases("supervisor", s => s.GetTriggersAsync(c.Id))).ShouldBeEmpty();
    }

    // The check's journey (noi-vu.check v2) is CheckProcedureTests.Should_run_an_announced_check_from_plan_to_closed.

    [Fact]
    public async Task Should_list_cases_paged_and_filtered_by_state_kind_and_unit()
    {
        var a = await fixture.NewCase(CaseKind.Check, "P01");
        var list = await fixture.Cases("supervisor", s => s.GetListAsync(new GetCaseListInput { Kind = CaseKind.Check, State = CaseStates.Planned, UnitId = a.UnitId, MaxResultCount = 200 }));
        list.Items.ShouldContain(i => i.Id == a.Id);
        list.Items.ShouldAllBe(i => i.Kind == CaseKind.Check && i.State == CaseStates.Planned && i.UnitCode == "P01");
        var page = await fixture.Cases("supervisor", s => s.GetListAsync(new GetCaseListInput { MaxResultCount = 1, Sorting = "code" }));
        page.Items.Count.ShouldBe(1);
        page.TotalCount.ShouldBeGreaterThanOrEqualTo(1);
    }

    [Fact]
    public async Task Should_show_open_tasks_in_the_inbox_of_the_role_only_for_visible_cases()
    {
        var mine = await fixture.CaseIn(CaseStates.Decided, unitCode: "P01");
        var inbox = await fixture.Cases("inspector", s => s.GetInboxAsync(0, 100));
        inbox.Items.ShouldContain(t => t.CaseId == mine.Id && t.TaskName == "AnnounceDecision");
        var outsider = await fixture.CaseIn(CaseStates.Decided, unitCode: "P01", withSecondInspector: false);
        (await fixture.Cases("inspector2", s => s.GetInboxAsync(0, 100))).Items.ShouldNotContain(t => t.CaseId == outsider.Id);
    }

    [Fact]
    public async Task Should_count_and_page_the_inbox_over_visible_cases_only()
    {
        var visible = new[] { await fixture.CaseIn(CaseStates.Decided), await fixture.CaseIn(CaseStates.Decided) };
        var outsider = await fixture.CaseIn(CaseStates.Decided, withSecondInspector: false);

        var all = await fixture.Cases("inspector2", s => s.GetInboxAsync(0, PagedAndSortedInput.MaxPageSize));
        all.TotalCount.ShouldBe(all.Items.Count); // the count is of the visible tasks, not of every task of the role
        all.Items.ShouldContain(t => t.CaseId == visible[0].Id);
        all.Items.ShouldContain(t => t.CaseId == visible[1].Id);
        all.Items.ShouldNotContain(t => t.CaseId == outsider.Id);
        all.Items.Select(t => t.DueAtUtc).ShouldBe(all.Items.Select(t => t.DueAtUtc).Order().ToList());

        var pages = new List<InboxItemDto>();
        for (var skip = 0; skip < all.TotalCount; skip += 2)
        {
            var from = skip;
            var page = await fixture.Cases("inspector2", s => s.GetInboxAsync(from, 2));
            // Counted a few pages ahead only (other tests of this class add cases for inspector2 too).
            page.TotalCount.ShouldBe(page.TotalCountIsLowerBound ? PagedCount.Limit(from, 2) - 1 : all.TotalCount);
            page.Items.Count.ShouldBeLessThanOrEqualTo(2);
            pages.AddRange(page.Items);
        }
        pages.Select(t => t.TaskId).ShouldBe(all.Items.Select(t => t.TaskId));
    }

    [Fact]
    public async Task Should_count_long_lists_only_a_few_pages_ahead_and_still_page_through_every_row()
    {
        // Pages of 2: the count stops at PagedCount.Limit(skip, 2) rows, fewer than inspector2 can see.
        const int take = 2;
        while ((await fixture.Cases("inspector2", s => s.GetListAsync(new GetCaseListInput { MaxResultCount = PagedAndSortedInput.MaxPageSize }))).TotalCount
               < PagedCount.Limit(0, take) + take)
            await fixture.CaseIn(CaseStates.Decided);
        var all = await fixture.Cases("inspector2", s => s.GetListAsync(new GetCaseListInput { MaxResultCount = PagedAndSortedInput.MaxPageSize, Sorting = "code" }));
        all.TotalCountIsLowerBound.ShouldBeFalse();
        var inbox = await fixture.Cases("inspector2", s => s.GetInboxAsync(0, PagedAndSortedInput.MaxPageSize));
        inbox.TotalCountIsLowerBound.ShouldBeFalse();

        var first = await fixture.Cases("inspector2", s => s.GetListAsync(new GetCaseListInput { MaxResultCount = take, Sorting = "code" }));
        first.TotalCountIsLowerBound.ShouldBeTrue();
        first.TotalCount.ShouldBe(PagedCount.Limit(0, take) - 1);
        first.TotalCount.ShouldBeLessThan(all.TotalCount);
        var firstTasks = await fixture.Cases("inspector2", s => s.GetInboxAsync(0, take));
        firstTasks.TotalCountIsLowerBound.ShouldBe(inbox.TotalCount >= PagedCount.Limit(0, take));

        // Following the pages (the pager always offers the next one while the count is a lower bound) reaches every case
        // once, and the last pages are counted exactly.
        var seen = new List<Guid>();
        PagedResultDto<CaseListItemDto> page;
        var skip = 0;
        do
        {
            var from = skip;
            page = await fixture.Cases("inspector2", s => s.GetListAsync(new GetCaseListInput { SkipCount = from, MaxResultCount = take, Sorting = "code" }));
            page.TotalCount.ShouldBeGreaterThanOrEqualTo(Math.Min(all.TotalCount, from + page.Items.Count));
            seen.AddRange(page.Items.Select(c => c.Id));
            skip += take;
        } while (page.TotalCountIsLowerBound || skip < page.TotalCount);
        page.TotalCount.ShouldBe(all.TotalCount);
        seen.ShouldBe(all.Items.Select(c => c.Id));
    }

    [Fact]
    public async Task Should_cancel_before_concluding_with_a_reason_only()
    {
        var c = await fixture.CaseIn(CaseStates.OnSite);
        var error = await Should.ThrowAsync<BusinessException>(() => fixture.Fire(c.Id, CaseTriggers.Cancel, "supervisor"));
        error.Code.ShouldBe(CaseErrorCodes.CancelReasonRequired);
        (await fixture.Get(c.Id)).State.ShouldBe(CaseStates.OnSite);

        c = await fixture.Fire(c.Id, CaseTriggers.Cancel, "supervisor", "Trùng lặp với Kiểm toán nhà nước");
        c.State.ShouldBe(CaseStates.Cancelled);
        c.CancelReason.ShouldBe("Trùng lặp với Kiểm toán nhà nước");

        var concluding = await fixture.CaseIn(CaseStates.Concluding);
        var refused = await Should.ThrowAsync<BusinessException>(() => fixture.Fire(concluding.Id, CaseTriggers.Cancel, "supervisor", "muộn"));
        refused.Code.ShouldBe(Workflows.WorkflowErrorCodes.TriggerNotPermitted);
        (await fixture.Get(concluding.Id)).State.ShouldBe(CaseStates.Concluding);
    }
}
