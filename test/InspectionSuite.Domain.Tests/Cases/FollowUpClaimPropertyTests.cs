using CsCheck;
using InspectionSuite.Cases;
using InspectionSuite.Organization;
using Shouldly;
using Xunit;

namespace InspectionSuite.Domain.Tests.Cases;

/// <summary>
/// Theo dõi, đôn đốc (issue 14) over any sequence of unit reports, team confirmations and rejections on one recovery:
/// the money recovered never exceeds the decided amount (nor goes below zero) and is exactly what the reports the team
/// did not reject add up to; the item is Done only by a confirmation, Reported exactly while a "done" report waits; a
/// refused step changes nothing. The expected outcome of each step comes from a small model of the rules.
/// </summary>
public sealed class FollowUpClaimPropertyTests
{
    private abstract record Step;
    private sealed record Report(ImplementationStatus Status, decimal Amount) : Step;
    private sealed record Confirm : Step;
    private sealed record Reject : Step;

    private static readonly Gen<Step> AnyStep = Gen.Frequency(
        (4, Gen.Select(Gen.Enum<ImplementationStatus>(), Gen.Int[0, 8], (status, tenths) => (Step)new Report(status, tenths * 10_000_000m))),
        (2, Gen.Const((Step)new Confirm())),
        (2, Gen.Const((Step)new Reject())));

    private static (InspectionCase Case, CaseFollowUp FollowUp, Sanction Recovery) CaseInFollowUp(decimal decided)
    {
        var c = new InspectionCase(Guid.NewGuid(), CaseKind.Inspection, AuthorityCode.ThanhTra, Guid.NewGuid(), "Thanh tra", null, null, null, null, null);
        var day = new DateOnly(2026, 6, 1);
        c.EnterState(CaseStates.Published, Guid.NewGuid(), day);
        var f = new CaseFollowUp(c.Id);
        var s = CaseFollowUpManager.IssueSanction(c, f, SanctionType.Recovery, "Kế toán", decided, day.AddDays(30), "Thủ trưởng");
        c.EnterState(CaseStates.FollowUp, c.WorkflowInstanceId!.Value, day);
        return (c, f, s);
    }

    [Fact]
    public void Should_count_only_unrejected_reports_never_above_the_decided_amount_and_resolve_only_on_confirmation()
    {
        Gen.Select(Gen.Int[1, 10], AnyStep.List[0, 30]).Sample((decidedTenths, steps) =>
        {
            var decided = decidedTenths * 10_000_000m;
            var (c, f, s) = CaseInFollowUp(decided);
            var day = new DateOnly(2026, 6, 2);
            // The model: the item's status, the money counted, the amount of the report that waits (if any).
            var status = SanctionStatus.Issued;
            var counted = 0m;
            decimal? waiting = null;
            foreach (var step in steps)
            {
                var before = (s.Status, s.AmountRecoveredVnd, f.ImplementationReports.Count, f.Revision);
                bool allowed;
                switch (step)
                {
                    case Report r:
                        allowed = status is SanctionStatus.Issued or SanctionStatus.InProgress && counted + r.Amount <= decided;
                        if (allowed)
                        {
                            CaseFollowUpManager.ReportImplementation(c, f, s.Id, r.Status, r.Amount, null, day, Guid.NewGuid());
                            counted += r.Amount;
                            status = r.Status == ImplementationStatus.Done ? SanctionStatus.Reported : SanctionStatus.InProgress;
                            waiting = r.Status == ImplementationStatus.Done ? r.Amount : null;
                        }
                        else Should.Throw<BusinessException>(() => CaseFollowUpManager.ReportImplementation(c, f, s.Id, r.Status, r.Amount, null, day, Guid.NewGuid()));
                        break;
                    case Confirm:
                        allowed = status == SanctionStatus.Reported;
                        if (allowed)
                        {
                            CaseFollowUpManager.ConfirmImplementation(c, f, s.Id, day, Guid.NewGuid()).Review.ShouldBe(ImplementationReview.Confirmed);
                            status = SanctionStatus.Done;
                            waiting = null;
                        }
                        else Should.Throw<BusinessException>(() => CaseFollowUpManager.ConfirmImplementation(c, f, s.Id, day, Guid.NewGuid())).Code.ShouldBe(CaseErrorCodes.NoClaimAwaitingConfirmation);
                        break;
                    default:
                        allowed = status == SanctionStatus.Reported;
                        if (allowed)
                        {
                            CaseFollowUpManager.RejectImplementation(c, f, s.Id, "Chưa đủ chứng từ", day, Guid.NewGuid()).Review.ShouldBe(ImplementationReview.Rejected);
                            counted -= waiting!.Value;
                            status = SanctionStatus.InProgress;
                            waiting = null;
                        }
                        else Should.Throw<BusinessException>(() => CaseFollowUpManager.RejectImplementation(c, f, s.Id, "Chưa đủ chứng từ", day, Guid.NewGuid())).Code.ShouldBe(CaseErrorCodes.NoClaimAwaitingConfirmation);
                        break;
                }
                if (!allowed) (s.Status, s.AmountRecoveredVnd, f.ImplementationReports.Count, f.Revision).ShouldBe(before);

                s.Status.ShouldBe(status);
                s.AmountRecoveredVnd.ShouldBe(counted);
                s.AmountRecoveredVnd.ShouldBeInRange(0m, decided);
                s.AmountRecoveredVnd.ShouldBe(f.ImplementationReports.Where(r => r.Review != ImplementationReview.Rejected).Sum(r => r.AmountRecoveredVnd));
                f.ImplementationReports.Count(r => r.AwaitsConfirmation).ShouldBe(status == SanctionStatus.Reported ? 1 : 0);
                s.IsResolved.ShouldBe(status == SanctionStatus.Done);
                f.AllSanctionsResolved.ShouldBe(status == SanctionStatus.Done);
            }
        });
    }

    [Fact]
    public void Should_refuse_a_rejection_without_a_reason_and_keep_the_claim()
    {
        var (c, f, s) = CaseInFollowUp(50_000_000m);
        var day = new DateOnly(2026, 6, 2);
        CaseFollowUpManager.ReportImplementation(c, f, s.Id, ImplementationStatus.Done, 50_000_000m, null, day, Guid.NewGuid());
        Should.Throw<BusinessException>(() => CaseFollowUpManager.RejectImplementation(c, f, s.Id, " ", day, Guid.NewGuid())).Code.ShouldBe(CaseErrorCodes.ClaimRejectReasonRequired);
        s.Status.ShouldBe(SanctionStatus.Reported);
        s.IsOverdue(day.AddDays(31)).ShouldBeTrue(); // a claim is not a resolution: past the deadline it is overdue
        f.ImplementationReports.Single().AwaitsConfirmation.ShouldBeTrue();
    }
}
