using InspectionSuite.Cases;
using Microsoft.Extensions.DependencyInjection;
using Shouldly;
using Xunit;

namespace InspectionSuite.Application.Tests.Cases;

/// <summary>
/// A case's follow-up (sanctions, the unit's reports and the team's answers, re-checks) is its own aggregate keyed by the case
/// (issue 19 item 5): its own concurrency stamp guards it, the case's stamp is left alone by follow-up work, the rules that
/// need the case still hold, and the close guard reads it.
/// </summary>
public sealed class CaseFollowUpAggregateTests(CaseFixture fixture) : IClassFixture<CaseFixture>
{
    private Task<T> As<T, TService>(string user, Func<TService, Task<T>> work) where TService : notnull
        => fixture.RunAsAsync(user, sp => work(sp.GetRequiredService<TService>()));

    /// <summary>A case in follow-up with a recovery (100 million) and a recommendation, neither reported on.</summary>
    private async Task<(CaseDto Case, SanctionDto Recovery, SanctionDto Recommendation)> CaseInFollowUpAsync()
    {
        var c = await fixture.CaseIn(CaseStates.Sanctioning);
        var recovery = await As<SanctionDto, ISanctionAppService>("inspector", s => s.IssueAsync(c.Id,
            new IssueSanctionDto(SanctionType.Recovery, "Kế toán đơn vị", 100_000_000m, fixture.Today.AddDays(30), "Thủ trưởng", c.ConcurrencyStamp)));
        var recommendation = await As<SanctionDto, ISanctionAppService>("inspector", s => s.IssueAsync(c.Id,
            new IssueSanctionDto(SanctionType.CorrectiveRecommendation, "Văn phòng đơn vị", null, fixture.Today.AddDays(30), "Chánh Văn phòng", c.ConcurrencyStamp)));
        c = await fixture.Fire(c.Id, CaseTriggers.StartFollowUp, "inspector");
        return (c, recovery, recommendation);
    }

    private Task<CaseFollowUp> StoredAsync(Guid caseId)
        => fixture.RunAsAsync("admin", async sp =>
        {
            var followUps = sp.GetRequiredService<IRepository<CaseFollowUp>>();
            return (await followUps.FirstOrDefaultAsync(followUps.Query().Where(f => f.Id == caseId)))!;
        });

    [Fact]
    public async Task Should_let_the_units_report_on_one_sanction_and_a_members_recording_on_another_from_pages_read_before_both()
    {
        var (c, recovery, recommendation) = await CaseInFollowUpAsync();
        var followUpStampBefore = (await StoredAsync(c.Id)).ConcurrencyStamp;

        // Both work on pages read before either saved (the same case stamp): the unit reports on the recovery…
        await As<FollowUpDto, IFollowUpAppService>("unitrep", s => s.ReportImplementationAsync(c.Id,
            new ReportImplementationDto(recovery.Id, ImplementationStatus.PartlyDone, 40_000_000m, "Đã nộp một phần", c.ConcurrencyStamp)));
        // …and a team member carries the recommendation over: no conflict, the case was not changed by the report.
        var carried = await As<SanctionDto, ISanctionAppService>("inspector", s => s.CarryOverAsync(c.Id, recommendation.Id,
            new CarryOverSanctionDto("Chuyển sang kỳ kiểm tra sau", c.ConcurrencyStamp)));

        carried.Status.ShouldBe(SanctionStatus.CarriedOver);
        (await fixture.Get(c.Id)).ConcurrencyStamp.ShouldBe(c.ConcurrencyStamp);
        var stored = await StoredAsync(c.Id);
        stored.ConcurrencyStamp.ShouldNotBe(followUpStampBefore); // the follow-up's own stamp was renewed by both
        stored.Sanctions.Single(s => s.Id == recovery.Id).AmountRecoveredVnd.ShouldBe(40_000_000m);
        stored.Sanctions.Single(s => s.Id == recommendation.Id).Status.ShouldBe(SanctionStatus.CarriedOver);
        stored.ImplementationReports.ShouldHaveSingleItem().SanctionId.ShouldBe(recovery.Id);
    }

    [Fact]
    public async Task Should_refuse_a_second_review_of_the_same_claim_made_on_a_follow_up_read_before_the_first_and_keep_the_first()
    {
        var (c, recovery, _) = await CaseInFollowUpAsync();
        await As<FollowUpDto, IFollowUpAppService>("unitrep", s => s.ReportImplementationAsync(c.Id,
            new ReportImplementationDto(recovery.Id, ImplementationStatus.Done, 100_000_000m, "Đã nộp đủ", c.ConcurrencyStamp)));

        var conflict = await fixture.RunAsAsync("inspector", async sp =>
        {
            // inspector reads the case and its follow-up with the claim waiting…
            var @case = await sp.GetRequiredService<IRepository<InspectionCase>>().GetAsync(c.Id);
            var read = await sp.GetRequiredService<CaseFollowUpLoader>().GetForChangeAsync(c.Id, default);
            // …a supervisor confirms it in the meantime…
            await As<FollowUpDto, IFollowUpAppService>("supervisor", s => s.ConfirmImplementationAsync(c.Id, recovery.Id, new ConfirmImplementationDto(c.ConcurrencyStamp)));
            // …and inspector rejects what they read: the follow-up's own stamp refuses it.
            CaseFollowUpManager.RejectImplementation(@case, read, recovery.Id, "Thiếu chứng từ", fixture.Today, null);
            return await Should.ThrowAsync<ConcurrencyConflictException>(() => sp.GetRequiredService<IUnitOfWork>().SaveChangesAsync());
        });

        conflict.ShouldNotBeNull();
        var stored = await StoredAsync(c.Id);
        stored.Sanctions.Single(s => s.Id == recovery.Id).Status.ShouldBe(SanctionStatus.Done);
        stored.ImplementationReports.ShouldHaveSingleItem().Review.ShouldBe(ImplementationReview.Confirmed);
        stored.ImplementationReports.Single().RejectionReason.ShouldBeNull();
        // The same review made again through the service, on the page read before, is refused by the claim's own rule.
        (await Should.ThrowAsync<BusinessException>(() => As<FollowUpDto, IFollowUpAppService>("inspector", s => s.RejectImplementationAsync(c.Id, recovery.Id,
            new RejectImplementationDto("Thiếu chứng từ", c.ConcurrencyStamp))))).Code.ShouldBe(CaseErrorCodes.NoClaimAwaitingConfirmation);
    }

    [Fact]
    public async Task Should_keep_the_rules_that_need_the_case_and_a_follow_up_only_through_its_own_case()
    {
        var (c, recovery, _) = await CaseInFollowUpAsync();
        var other = await fixture.CaseIn(CaseStates.Sanctioning);

        var refused = await fixture.RunAsAsync("admin", async sp =>
        {
            var cases = sp.GetRequiredService<IRepository<InspectionCase>>();
            var followUp = await sp.GetRequiredService<CaseFollowUpLoader>().GetForChangeAsync(c.Id, default);
            var (own, sanctioning) = (await cases.GetAsync(c.Id), await cases.GetAsync(other.Id));
            // Another case's follow-up is not this case's (not found), and a sanction is issued only while the case sanctions.
            var notOfCase = Should.Throw<BusinessException>(() => CaseFollowUpManager.IssueSanction(
                sanctioning, followUp, SanctionType.Recovery, "Kế toán", 1m, null, "Thủ trưởng"));
            var wrongState = Should.Throw<BusinessException>(() => CaseFollowUpManager.IssueSanction(
                own, followUp, SanctionType.Recovery, "Kế toán", 1m, null, "Thủ trưởng"));
            return (notOfCase.Code, wrongState.Code);
        });

        refused.ShouldBe((InspectionSuiteErrorCodes.EntityNotFound, CaseErrorCodes.WrongState));
        (await StoredAsync(c.Id)).Sanctions.Count.ShouldBe(2);
        // The case cannot close while the follow-up holds unresolved items: the close guard reads the follow-up.
        (await Should.ThrowAsync<BusinessException>(() => fixture.Fire(c.Id, CaseTriggers.Close, "inspector"))).Code.ShouldBe(CaseErrorCodes.SanctionsUnresolved);
        (await fixture.Get(c.Id)).SanctionCount.ShouldBe(2);
        (await fixture.Get(other.Id)).SanctionCount.ShouldBe(0);
    }
}
