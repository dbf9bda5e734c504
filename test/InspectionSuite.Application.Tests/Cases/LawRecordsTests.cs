using System.Text.Json;
using InspectionSuite.Cases;
using InspectionSuite.Organization;
using Microsoft.Extensions.DependencyInjection;
using Shouldly;
using Xunit;

namespace InspectionSuite.Application.Tests.Cases;

/// <summary>
/// Issue 14, the Thanh tra records on Luật Thanh tra 84/2025/QH15 that are not workflow steps: an open-ended suspension
/// and its continuation, an extension decided by the người ra quyết định, members' reports to the Trưởng đoàn, the unit's
/// explanation on the draft conclusion, the văn bản kiến nghị (Điều 52) and the Chủ tịch UBND tỉnh's direction (Điều 53).
/// </summary>
public sealed class LawRecordsTests(CaseFixture fixture) : IClassFixture<CaseFixture>
{
    private Task<T> Law<T>(string user, Func<ICaseLawAppService, Task<T>> work) => fixture.RunAsAsync(user, sp => work(sp.GetRequiredService<ICaseLawAppService>()));

    /// <summary>OnSite → Concluding as CaseFixture.DriveInspectionTo does (that helper starts from Planned).</summary>
    private async Task<CaseDto> OnSiteToConcluding(CaseDto c)
    {
        c = await fixture.Cases("inspector", s => s.SetOnSitePeriodAsync(c.Id, new SetOnSitePeriodDto(c.OnSiteStart!.Value, fixture.Today, c.ConcurrencyStamp)));
        c = await fixture.Fire(c.Id, CaseTriggers.EndOnSite, "inspector");
        c = await fixture.Cases("inspector", s => s.AttachResultsReportAsync(c.Id, new AttachResultsReportDto("05/BC-ĐTT", fixture.Today, "Báo cáo kết quả.", c.ConcurrencyStamp)));
        return await fixture.Fire(c.Id, CaseTriggers.SubmitResultsReport, "inspector");
    }

    /// <summary>A drafted case in Concluding → Published: appraisal, signed conclusion, publication period, Publish.</summary>
    private async Task<CaseDto> DraftedToPublished(CaseDto c)
    {
        c = await fixture.Cases("supervisor", s => s.RecordAppraisalAsync(c.Id, new RecordAppraisalDto(fixture.Today, "Phòng Pháp chế", "Đồng ý.", c.ConcurrencyStamp)));
        c = await fixture.Cases("leader", s => s.RecordConclusionAsync(c.Id, new RecordConclusionDto("09/KL-TTr", fixture.Today, "Chánh Thanh tra", "Kết luận.", c.ConcurrencyStamp)));
        c = await fixture.Cases("supervisor", s => s.RecordPublicationAsync(c.Id, new RecordPublicationDto("Cổng TTĐT tỉnh", fixture.Today, fixture.Today.AddDays(14), c.ConcurrencyStamp)));
        return await fixture.Fire(c.Id, CaseTriggers.Publish, "supervisor");
    }

    private async Task<(CaseDeadlineCalculator Calc, CaseDeadlineCalculator.Limits Limits)> V2()
        => await fixture.RunAsAsync("admin", async sp =>
        {
            var calc = sp.GetRequiredService<CaseDeadlineCalculator>();
            return (calc, await calc.GetLimitsAsync(CaseWorkflows.InspectionDefinitionId, 2, default));
        });

    private static InspectionCase OnSite(DateOnly announcedOn)
    {
        var c = new InspectionCase(Guid.NewGuid(), CaseKind.Inspection, AuthorityCode.ThanhTra, Guid.NewGuid(), "Thanh tra thử", null, null, null, null, null);
        c.RecordDecision("01/QĐ-TTr", announcedOn.AddDays(-3), "Chánh Thanh tra");
        c.EnterState(CaseStates.Decided, Guid.NewGuid(), announcedOn);
        c.RecordAnnouncement(announcedOn);
        c.EnterState(CaseStates.Announced, Guid.NewGuid(), announcedOn);
        c.EnterState(CaseStates.OnSite, Guid.NewGuid(), announcedOn);
        return c;
    }

    [Fact]
    public async Task Open_suspension_moves_the_due_date_day_by_day_until_its_continuation()
    {
        var (calc, limits) = await V2();
        var c = OnSite(new DateOnly(2026, 3, 2));
        var before = calc.Compute(c, limits, new DateOnly(2026, 3, 2)).OnSiteDue!.Value;
        c.AddSuspension("10/QĐ-TD", new DateOnly(2026, 3, 9), null, "Chờ kết quả giám định"); // Monday, open end
        c.OpenSuspension.ShouldNotBeNull();
        calc.Compute(c, limits, new DateOnly(2026, 3, 6)).OnSiteDue.ShouldBe(before); // not started yet
        calc.Compute(c, limits, new DateOnly(2026, 3, 9)).SuspendedDays.ShouldBe(1);
        calc.Compute(c, limits, new DateOnly(2026, 3, 13)).SuspendedDays.ShouldBe(5); // Mon–Fri
        calc.Compute(c, limits, new DateOnly(2026, 3, 15)).SuspendedDays.ShouldBe(5); // the weekend is no working day
        calc.Compute(c, limits, new DateOnly(2026, 3, 13)).OnSiteDue.ShouldBe(calc.Add(before, 5, working: true));

        // A second suspension while one is open is refused; the continuation closes it and the clock runs again.
        Should.Throw<BusinessException>(() => c.AddSuspension("11/QĐ-TD", new DateOnly(2026, 3, 16), null, "Lần hai")).Code.ShouldBe(CaseErrorCodes.SuspensionStillOpen);
        Should.Throw<BusinessException>(() => c.ContinueAfterSuspension("12/QĐ-TT", new DateOnly(2026, 3, 9))).Code.ShouldBe(CaseErrorCodes.DateRangeInvalid);
        c.ContinueAfterSuspension("12/QĐ-TT", new DateOnly(2026, 3, 12)); // resumes Thursday: Mon–Wed suspended
        c.OpenSuspension.ShouldBeNull();
        c.Suspensions.Single().To.ShouldBe(new DateOnly(2026, 3, 11));
        var later = calc.Compute(c, limits, new DateOnly(2026, 4, 20));
        later.SuspendedDays.ShouldBe(3);
        later.OnSiteDue.ShouldBe(calc.Add(before, 3, working: true));
        Should.Throw<BusinessException>(() => c.ContinueAfterSuspension("13/QĐ-TT", new DateOnly(2026, 3, 20))).Code.ShouldBe(CaseErrorCodes.NoOpenSuspension);
    }

    [Fact]
    public async Task Suspension_and_continuation_through_the_service()
    {
        var c = await fixture.CaseIn(CaseStates.OnSite);
        var dueBefore = c.Deadlines.OnSiteDue;
        c = await fixture.Cases("leader", s => s.AddSuspensionAsync(c.Id, new AddSuspensionDto("20/QĐ-TD", fixture.Today, null, "Chờ hồ sơ", c.ConcurrencyStamp)));
        c.Suspensions.Single().To.ShouldBeNull();
        c.Deadlines.SuspendedDays.ShouldBe(1); // today counts while the suspension is open
        c.Deadlines.OnSiteDue.ShouldNotBe(dueBefore);
        var stamp = c.ConcurrencyStamp;
        (await Should.ThrowAsync<BusinessException>(() => fixture.Cases("leader", s => s.AddSuspensionAsync(c.Id, new AddSuspensionDto("21/QĐ-TD", fixture.Today, null, "Lần hai", stamp)))))
            .Code.ShouldBe(CaseErrorCodes.SuspensionStillOpen);
        c = await Law("leader", s => s.ContinueAfterSuspensionAsync(c.Id, new ContinueSuspensionDto("22/QĐ-TT", fixture.Today.AddDays(3), stamp)));
        var s = c.Suspensions.Single();
        s.ContinuationDecisionNumber.ShouldBe("22/QĐ-TT");
        s.ContinuedOn.ShouldBe(fixture.Today.AddDays(3));
        s.To.ShouldBe(fixture.Today.AddDays(2));
        c.Deadlines.SuspendedDays.ShouldBe(3); // Mon 1/6 – Wed 3/6
    }

    [Fact]
    public async Task Extension_is_decided_by_leadership_not_by_the_team_and_only_once()
    {
        var c = await fixture.CaseIn(CaseStates.OnSite);
        await Should.ThrowAsync<ForbiddenException>(() => fixture.Cases("inspector", s => s.AddExtensionAsync(c.Id, new AddExtensionDto("30/QĐ-GH", 10, "Khối lượng lớn", fixture.Today, c.ConcurrencyStamp))));
        await Should.ThrowAsync<ForbiddenException>(() => fixture.Cases("supervisor", s => s.AddExtensionAsync(c.Id, new AddExtensionDto("30/QĐ-GH", 10, "Khối lượng lớn", fixture.Today, c.ConcurrencyStamp))));
        (await fixture.Get(c.Id)).Extensions.ShouldBeEmpty();
        c = await fixture.Cases("leader", s => s.AddExtensionAsync(c.Id, new AddExtensionDto("30/QĐ-GH", 10, "Khối lượng lớn", fixture.Today, c.ConcurrencyStamp)));
        c.Extensions.Single().DecisionNumber.ShouldBe("30/QĐ-GH");
        var error = await Should.ThrowAsync<BusinessException>(() => fixture.Cases("leader", s => s.AddExtensionAsync(c.Id, new AddExtensionDto("31/QĐ-GH", 5, "Lần hai", fixture.Today, c.ConcurrencyStamp))));
        error.Code.ShouldBe(CaseErrorCodes.ExtensionLimitReached);
    }

    [Fact]
    public async Task Members_report_to_the_team_leader_before_the_results_report()
    {
        var c = await fixture.CaseIn(CaseStates.OnSite);
        var member = await fixture.UserIdAsync("inspector2");
        var leader = await fixture.UserIdAsync("inspector");
        c = await Law("inspector2", s => s.AddMemberReportAsync(c.Id, new AddMemberReportDto(member, fixture.Today, "Báo cáo phần việc tài chính.", null, c.ConcurrencyStamp)));
        c = await Law("inspector", s => s.AddMemberReportAsync(c.Id, new AddMemberReportDto(member, fixture.Today, "Báo cáo bổ sung, Trưởng đoàn ghi nhận.", null, c.ConcurrencyStamp)));
        c.MemberReports.Count.ShouldBe(2);
        c.MemberReports.ShouldAllBe(r => r.MemberId == member);
        var stamp = c.ConcurrencyStamp;
        (await Should.ThrowAsync<BusinessException>(() => Law("inspector", s => s.AddMemberReportAsync(c.Id, new AddMemberReportDto(leader, fixture.Today, "Trưởng đoàn tự báo cáo.", null, stamp)))))
            .Code.ShouldBe(CaseErrorCodes.MemberReportNotByMember);
        await Should.ThrowAsync<EntityNotFoundException>(() => Law("inspector2", s => s.AddMemberReportAsync(c.Id, new AddMemberReportDto(member, fixture.Today, "Kèm tệp lạ.", Guid.NewGuid(), stamp))));

        (await fixture.Get(c.Id)).MemberReports.Count.ShouldBe(2);
    }

    [Fact]
    public async Task Member_report_after_the_results_report_is_refused()
    {
        var c = await fixture.CaseIn(CaseStates.Reporting);
        c = await fixture.Cases("inspector", s => s.AttachResultsReportAsync(c.Id, new AttachResultsReportDto("05/BC", fixture.Today, "Báo cáo kết quả.", c.ConcurrencyStamp)));
        var member = await fixture.UserIdAsync("inspector2");
        (await Should.ThrowAsync<BusinessException>(() => Law("inspector2", s => s.AddMemberReportAsync(c.Id, new AddMemberReportDto(member, fixture.Today, "Muộn.", null, c.ConcurrencyStamp)))))
            .Code.ShouldBe(CaseErrorCodes.MemberReportAfterResultsReport);
        (await fixture.Get(c.Id)).MemberReports.ShouldBeEmpty();
    }

    [Fact]
    public async Task The_units_explanation_on_the_draft_is_recorded_with_what_it_maintains()
    {
        var c = await fixture.CaseIn(CaseStates.Concluding);
        (await Should.ThrowAsync<BusinessException>(() => Law("inspector", s => s.RecordExplanationAsync(c.Id, new RecordExplanationDto(fixture.Today, "Giải trình.", null, c.ConcurrencyStamp)))))
            .Code.ShouldBe(CaseErrorCodes.DraftConclusionMissing);
        c = await fixture.Cases("inspector", s => s.RecordDraftConclusionAsync(c.Id, new RecordDraftConclusionDto(fixture.Today, "Dự thảo kết luận.", c.ConcurrencyStamp)));
        var stamp = c.ConcurrencyStamp;
        // Leadership signs; it does not record the unit's explanation (Cases.RecordExplanation).
        await Should.ThrowAsync<ForbiddenException>(() => Law("leader", s => s.RecordExplanationAsync(c.Id, new RecordExplanationDto(fixture.Today, "Giải trình.", null, stamp))));
        c = await Law("inspector", s => s.RecordExplanationAsync(c.Id, new RecordExplanationDto(fixture.Today, "Đơn vị giải trình khoản chi 120 triệu đồng.", "Bảo lưu ý kiến về khoản chi hội nghị.", stamp)));
        var e = c.Explanations.ShouldHaveSingleItem();
        e.Maintained.ShouldBe("Bảo lưu ý kiến về khoản chi hội nghị.");
        // The dissent is kept through the conclusion and publication.
        c = await DraftedToPublished(c);
        c.State.ShouldBe(CaseStates.Published);
        (await fixture.Get(c.Id)).Explanations.ShouldHaveSingleItem().Maintained.ShouldBe("Bảo lưu ý kiến về khoản chi hội nghị.");
    }

    [Fact]
    public async Task Recommendation_letter_then_direction_tracked_with_their_deadlines()
    {
        var c = await fixture.CaseIn(CaseStates.Published);
        (await Should.ThrowAsync<BusinessException>(() => Law("inspector", s => s.RecordDirectionAsync(c.Id, new RecordOfficialLetterDto("01/CĐ-UBND", fixture.Today, "Chỉ đạo.", c.ConcurrencyStamp)))))
            .Code.ShouldBe(CaseErrorCodes.DirectionWithoutRecommendationLetter);
        c.Deadlines.RecommendationLetterDue.ShouldBe(fixture.Today.AddDays(15)); // Điều 52 limit, from the published conclusion
        await Should.ThrowAsync<ForbiddenException>(() => Law("inspector", s => s.RecordRecommendationLetterAsync(c.Id, new RecordOfficialLetterDto("15/VB-TTr", fixture.Today, "Kiến nghị.", c.ConcurrencyStamp))));
        (await Should.ThrowAsync<BusinessException>(() => Law("leader", s => s.RecordRecommendationLetterAsync(c.Id, new RecordOfficialLetterDto("15/VB-TTr", fixture.Today.AddDays(-1), "Kiến nghị.", c.ConcurrencyStamp)))))
            .Code.ShouldBe(CaseErrorCodes.RecommendationLetterBeforeConclusion);
        c = await Law("leader", s => s.RecordRecommendationLetterAsync(c.Id, new RecordOfficialLetterDto("15/VB-TTr", fixture.Today, "Kiến nghị Chủ tịch UBND tỉnh chỉ đạo xử lý.", c.ConcurrencyStamp)));
        c.RecommendationLetter!.Number.ShouldBe("15/VB-TTr");
        c.Deadlines.RecommendationLetterOverdue.ShouldBeFalse();
        c.Deadlines.DirectionDue.ShouldBe(fixture.Today.AddDays(15)); // Điều 53: 15 days (calendar) from the letter
        c.Deadlines.DirectionOverdue.ShouldBeFalse();
        c = await Law("inspector", s => s.RecordDirectionAsync(c.Id, new RecordOfficialLetterDto("01/CĐ-UBND", fixture.Today.AddDays(2), "Giao Sở Tài chính xử lý.", c.ConcurrencyStamp)));
        c.Direction!.Date.ShouldBe(fixture.Today.AddDays(2));
        c.Deadlines.DirectionOverdue.ShouldBeFalse();
    }

    [Fact]
    public async Task Direction_is_overdue_the_day_after_its_limit()
    {
        var (calc, limits) = await V2();
        limits.Direction!.Days.ShouldBe(15);
        var c = OnSite(new DateOnly(2026, 3, 2));
        c.SetOnSitePeriod(new DateOnly(2026, 3, 2), new DateOnly(2026, 3, 20));
        c.EnterState(CaseStates.Reporting, Guid.NewGuid(), new DateOnly(2026, 3, 20));
        c.AttachResultsReport("05/BC", new DateOnly(2026, 3, 23), "Báo cáo.");
        c.EnterState(CaseStates.Concluding, Guid.NewGuid(), new DateOnly(2026, 3, 23));
        c.RecordDraftConclusion(new DateOnly(2026, 3, 24), "Dự thảo.");
        c.RecordAppraisal(Guid.NewGuid(), new DateOnly(2026, 3, 25), "Phòng Pháp chế", "Đồng ý.");
        c.RecordConclusion(Guid.NewGuid(), "09/KL", new DateOnly(2026, 3, 26), "Chánh Thanh tra", "Kết luận.");
        c.EnterState(CaseStates.Published, Guid.NewGuid(), new DateOnly(2026, 3, 27));
        c.RecordRecommendationLetter("15/VB", new DateOnly(2026, 4, 20), "Kiến nghị.");
        calc.Compute(c, limits, new DateOnly(2026, 5, 5)).DirectionOverdue.ShouldBeFalse(); // 20/4 + 15 days, across 27/4, 30/4, 1/5
        calc.Compute(c, limits, new DateOnly(2026, 5, 6)).DirectionOverdue.ShouldBeTrue();
        c.RecordDirection("01/CĐ", new DateOnly(2026, 5, 5), "Chỉ đạo.");
        calc.Compute(c, limits, new DateOnly(2026, 6, 1)).DirectionOverdue.ShouldBeFalse();
    }

    [Fact]
    public async Task The_unit_sees_neither_members_reports_nor_the_letters_but_its_own_explanation()
    {
        var c = await fixture.CaseIn(CaseStates.OnSite);
        var member = await fixture.UserIdAsync("inspector2");
        c = await Law("inspector2", s => s.AddMemberReportAsync(c.Id, new AddMemberReportDto(member, fixture.Today, "MEMBER-REPORT-INTERNAL-Q7", null, c.ConcurrencyStamp)));
        c = await OnSiteToConcluding(c);
        c = await fixture.Cases("inspector", s => s.RecordDraftConclusionAsync(c.Id, new RecordDraftConclusionDto(fixture.Today, "Dự thảo kết luận.", c.ConcurrencyStamp)));
        c = await Law("inspector", s => s.RecordExplanationAsync(c.Id, new RecordExplanationDto(fixture.Today, "UNIT-EXPLANATION-Q7", null, c.ConcurrencyStamp)));
        c = await DraftedToPublished(c);
        c = await Law("leader", s => s.RecordRecommendationLetterAsync(c.Id, new RecordOfficialLetterDto("15-VB-TTR", fixture.Today, "RECOMMENDATION-LETTER-Q7", c.ConcurrencyStamp)));

        var seen = await fixture.Get(c.Id, "unitrep");
        var json = JsonSerializer.Serialize(seen);
        json.ShouldNotContain("MEMBER-REPORT-INTERNAL-Q7");
        json.ShouldNotContain("RECOMMENDATION-LETTER-Q7");
        json.ShouldNotContain("15-VB-TTR");
        seen.Explanations.ShouldHaveSingleItem().Text.ShouldBe("UNIT-EXPLANATION-Q7");
        // The team sees all of it.
        var team = JsonSerializer.Serialize(await fixture.Get(c.Id, "inspector"));
        team.ShouldContain("MEMBER-REPORT-INTERNAL-Q7");
        team.ShouldContain("RECOMMENDATION-LETTER-Q7");
    }

    [Fact]
    public async Task The_unit_sees_no_internal_history_entry_and_no_allowed_step()
    {
        var c = await fixture.CaseIn(CaseStates.Published);
        var team = await fixture.Cases("inspector", s => s.GetHistoryAsync(c.Id));
        team.ShouldContain(h => h.To == CaseStates.Concluding); // the team's journal has the internal steps
        (await fixture.Cases("inspector", s => s.GetTriggersAsync(c.Id))).ShouldNotBeEmpty();

        var history = await fixture.Cases("unitrep", s => s.GetHistoryAsync(c.Id));
        history.Select(h => h.To).ShouldBe([CaseStates.Announced, CaseStates.OnSite, CaseStates.Published]);
        history.ShouldAllBe(h => h.ActorName == null && h.From == null && h.Kind == "Transition");
        var json = JsonSerializer.Serialize(history);
        foreach (var internalStep in new[] { CaseStates.Decided, CaseStates.Reporting, CaseStates.Concluding, CaseTriggers.SubmitResultsReport, "TaskCompleted" })
            json.ShouldNotContain(internalStep);
        (await fixture.Cases("unitrep", s => s.GetTriggersAsync(c.Id))).ShouldBeEmpty();
    }
}
