using InspectionSuite.Cases;
using Microsoft.Extensions.DependencyInjection;
using Shouldly;
using Xunit;

namespace InspectionSuite.Application.Tests.Cases;

/// <summary>
/// Theo dõi, đôn đốc (issue 14) through the app services on real SQLite: the unit's report that an item is done is a claim
/// (Reported, chờ xác nhận); the item is resolved only when the team or a supervisor confirms it, never by the unit; the
/// team may reject it with a reason (back to in progress, the report's money no longer counted).
/// </summary>
public sealed class FollowUpClaimTests(CaseFixture fixture) : IClassFixture<CaseFixture>
{
    private Task<FollowUpDto> FollowUp(string user, Func<IFollowUpAppService, Task<FollowUpDto>> work) => fixture.RunAsAsync(user, sp => work(sp.GetRequiredService<IFollowUpAppService>()));

    /// <summary>A case in follow-up with a recovery of 100 million the unit reported done with 60 million recovered.</summary>
    private async Task<(CaseDto Case, SanctionDto Recovery)> CaseWithClaimAsync()
    {
        var c = await fixture.CaseIn(CaseStates.Sanctioning);
        var recovery = await fixture.RunAsAsync("inspector", sp => sp.GetRequiredService<ISanctionAppService>()
            .IssueAsync(c.Id, new IssueSanctionDto(SanctionType.Recovery, "Kế toán đơn vị", 100_000_000m, fixture.Today.AddDays(30), "Thủ trưởng", c.ConcurrencyStamp)));
        c = await fixture.Fire(c.Id, CaseTriggers.StartFollowUp, "inspector");
        var fu = await FollowUp("unitrep", s => s.ReportImplementationAsync(c.Id, new ReportImplementationDto(recovery.Id, ImplementationStatus.Done, 60_000_000m, "Đã nộp", c.ConcurrencyStamp)));
        fu.Sanctions.Single().Status.ShouldBe(SanctionStatus.Reported);
        fu.Unresolved.ShouldBe(1);
        fu.Reports.Single().Review.ShouldBeNull();
        return (await fixture.Get(c.Id), recovery);
    }

    [Fact]
    public async Task Should_keep_a_reported_item_unresolved_until_a_team_member_confirms_it()
    {
        var (c, recovery) = await CaseWithClaimAsync();
        // Still open: the case cannot close on the unit's word.
        (await Should.ThrowAsync<BusinessException>(() => fixture.Fire(c.Id, CaseTriggers.Close, "inspector"))).Code.ShouldBe(CaseErrorCodes.SanctionsUnresolved);
        // Nothing more to report while the claim waits.
        c = await fixture.Get(c.Id);
        (await Should.ThrowAsync<BusinessException>(() => FollowUp("unitrep", s => s.ReportImplementationAsync(c.Id,
            new ReportImplementationDto(recovery.Id, ImplementationStatus.Done, 0m, null, c.ConcurrencyStamp))))).Code.ShouldBe(CaseErrorCodes.SanctionNotAwaitingReport);

        c = await fixture.Get(c.Id);
        var fu = await FollowUp("inspector", s => s.ConfirmImplementationAsync(c.Id, recovery.Id, new ConfirmImplementationDto(c.ConcurrencyStamp)));
        fu.Sanctions.Single().Status.ShouldBe(SanctionStatus.Done);
        fu.Unresolved.ShouldBe(0);
        fu.AmountRecoveredVnd.ShouldBe(60_000_000m);
        var report = fu.Reports.Single();
        report.Review.ShouldBe(ImplementationReview.Confirmed);
        report.ReviewedOn.ShouldBe(fixture.Today);

        // Confirmed once: there is no claim left to confirm.
        c = await fixture.Get(c.Id);
        (await Should.ThrowAsync<BusinessException>(() => FollowUp("inspector", s => s.ConfirmImplementationAsync(c.Id, recovery.Id,
            new ConfirmImplementationDto(c.ConcurrencyStamp))))).Code.ShouldBe(CaseErrorCodes.NoClaimAwaitingConfirmation);
        (await fixture.Fire(c.Id, CaseTriggers.Close, "inspector")).State.ShouldBe(CaseStates.Closed);
    }

    [Fact]
    public async Task Should_reject_a_claim_with_a_reason_back_to_in_progress_without_its_money()
    {
        var (c, recovery) = await CaseWithClaimAsync();
        var noReason = await Should.ThrowAsync<InputValidationException>(() => FollowUp("inspector", s => s.RejectImplementationAsync(c.Id, recovery.Id,
            new RejectImplementationDto("  ", c.ConcurrencyStamp))));
        noReason.Errors.Keys.ShouldContain("Reason");
        (await FollowUp("supervisor", s => s.GetAsync(c.Id))).Sanctions.Single().Status.ShouldBe(SanctionStatus.Reported);

        var fu = await FollowUp("inspector", s => s.RejectImplementationAsync(c.Id, recovery.Id, new RejectImplementationDto("Chưa có chứng từ nộp ngân sách", c.ConcurrencyStamp)));
        fu.Sanctions.Single().Status.ShouldBe(SanctionStatus.InProgress);
        fu.AmountRecoveredVnd.ShouldBe(0m);
        fu.Reports.Single().Review.ShouldBe(ImplementationReview.Rejected);
        fu.Reports.Single().RejectionReason.ShouldBe("Chưa có chứng từ nộp ngân sách");

        // The unit reports again; the team confirms the new report.
        c = await fixture.Get(c.Id);
        fu = await FollowUp("unitrep", s => s.ReportImplementationAsync(c.Id, new ReportImplementationDto(recovery.Id, ImplementationStatus.Done, 100_000_000m, "Đủ chứng từ", c.ConcurrencyStamp)));
        fu.Sanctions.Single().Status.ShouldBe(SanctionStatus.Reported);
        fu.AmountRecoveredVnd.ShouldBe(100_000_000m);
        c = await fixture.Get(c.Id);
        fu = await FollowUp("supervisor", s => s.ConfirmImplementationAsync(c.Id, recovery.Id, new ConfirmImplementationDto(c.ConcurrencyStamp)));
        fu.Sanctions.Single().Status.ShouldBe(SanctionStatus.Done);
        fu.Reports.Select(r => r.Review).ShouldBe([ImplementationReview.Rejected, ImplementationReview.Confirmed], ignoreOrder: true);
    }

    [Fact]
    public async Task Should_let_neither_the_unit_nor_anyone_off_the_team_confirm_or_reject()
    {
        var (c, recovery) = await CaseWithClaimAsync(); // team: inspector (leader) and inspector2
        // The unit never confirms its own report; Leadership (no Cases.FollowUp) does not either.
        foreach (var user in new[] { "unitrep", "leader" })
        {
            await Should.ThrowAsync<ForbiddenException>(() => FollowUp(user, s => s.ConfirmImplementationAsync(c.Id, recovery.Id, new ConfirmImplementationDto(c.ConcurrencyStamp))));
            await Should.ThrowAsync<ForbiddenException>(() => FollowUp(user, s => s.RejectImplementationAsync(c.Id, recovery.Id, new RejectImplementationDto("Không", c.ConcurrencyStamp))));
        }
        var fu = await FollowUp("supervisor", s => s.GetAsync(c.Id));
        fu.Sanctions.Single().Status.ShouldBe(SanctionStatus.Reported);
        fu.Reports.Single().Review.ShouldBeNull();

        // The unit's page offers no confirmation; the team's does.
        (await fixture.RunAsAsync("unitrep", sp => sp.GetRequiredService<ICaseAppService>().GetWorkspaceAsync(c.Id))).May.ReviewClaims.ShouldBeFalse();
        (await fixture.RunAsAsync("inspector2", sp => sp.GetRequiredService<ICaseAppService>().GetWorkspaceAsync(c.Id))).May.ReviewClaims.ShouldBeTrue();
        (await fixture.RunAsAsync("supervisor", sp => sp.GetRequiredService<ICaseAppService>().GetWorkspaceAsync(c.Id))).May.ReviewClaims.ShouldBeTrue();
    }
}
