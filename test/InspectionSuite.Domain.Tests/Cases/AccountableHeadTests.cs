using CsCheck;
using InspectionSuite.Cases;
using InspectionSuite.Organization;
using Shouldly;
using Xunit;

namespace InspectionSuite.Domain.Tests.Cases;

/// <summary>
/// Issue 14 (helper tthead): the head of a unit as the subject of an accountability inspection (thanh tra trách nhiệm
/// người đứng đầu, seed II.6.b), the accountability outcome recorded with the signed conclusion, and the team's extension
/// request kept on the case until Leadership grants or refuses it.
/// </summary>
public sealed class AccountableHeadTests
{
    private static readonly DateOnly Day = new(2026, 6, 1);
    private static readonly Guid Signer = Guid.NewGuid();

    private static InspectionCase NewCase(CaseKind kind = CaseKind.Inspection)
        => new(Guid.NewGuid(), kind, kind == CaseKind.Inspection ? AuthorityCode.ThanhTra : AuthorityCode.NoiVu, Guid.NewGuid(),
            "Trách nhiệm người đứng đầu trong thực hiện nhiệm vụ công vụ", null, null, null, null, null);

    /// <summary>A case in Concluding with its draft and appraisal: the conclusion may be signed.</summary>
    private static InspectionCase ReadyToConclude(InspectionCase c)
    {
        c.EnterState(CaseStates.Concluding, Guid.NewGuid(), Day);
        c.RecordDraftConclusion(Day, "Dự thảo kết luận.");
        c.RecordAppraisal(Guid.NewGuid(), Day, "Phòng Pháp chế", "Đồng ý.");
        return c;
    }

    private static string CodeOf(Action act) => Should.Throw<BusinessException>(act).Code;

    [Fact]
    public void Should_name_the_head_with_a_position_while_planned_and_refuse_half_a_name_a_check_or_a_change_after_the_decision()
    {
        var c = NewCase();
        var revision = c.Revision;
        c.NameAccountableHead("  Ông Nguyễn Văn A ", "Giám đốc Sở Xây dựng");
        c.AccountableHead.Name.ShouldBe("Ông Nguyễn Văn A");
        c.AccountableHead.Position.ShouldBe("Giám đốc Sở Xây dựng");
        c.HasAccountableHead.ShouldBeTrue();
        c.Revision.ShouldBeGreaterThan(revision);

        CodeOf(() => c.NameAccountableHead("Ông B", " ")).ShouldBe(CaseErrorCodes.AccountableHeadIncomplete);
        CodeOf(() => c.NameAccountableHead(null, "Giám đốc")).ShouldBe(CaseErrorCodes.AccountableHeadIncomplete);
        c.AccountableHead.Name.ShouldBe("Ông Nguyễn Văn A");
        CodeOf(() => NewCase(CaseKind.Check).NameAccountableHead("Ông B", "Giám đốc")).ShouldBe(CaseErrorCodes.AccountableHeadIncomplete);

        c.EnterState(CaseStates.Decided, Guid.NewGuid(), Day);
        CodeOf(() => c.NameAccountableHead("Ông C", "Phó Giám đốc")).ShouldBe(CaseErrorCodes.DescriptionFixedByDecision);
        // The same head again is no change, so no refusal (the edit form posts what the case holds).
        c.NameAccountableHead("Ông Nguyễn Văn A", "Giám đốc Sở Xây dựng");
        c.AccountableHead.Position.ShouldBe("Giám đốc Sở Xây dựng");
    }

    [Fact]
    public void Should_clear_the_head_with_blank_name_and_position()
    {
        var c = NewCase();
        c.NameAccountableHead("Bà Trần Thị B", "Chủ tịch UBND xã");
        c.NameAccountableHead("", null);
        c.HasAccountableHead.ShouldBeFalse();
        c.AccountableHead.Position.ShouldBeNull();
    }

    [Fact]
    public void Should_require_the_accountability_outcome_on_a_head_case_and_refuse_it_on_any_other()
    {
        var plain = ReadyToConclude(NewCase());
        CodeOf(() => plain.RecordConclusion(Signer, "9/KL", Day, "Chánh Thanh tra", "Kết luận.", AccountabilityVerdict.NoViolation))
            .ShouldBe(CaseErrorCodes.AccountabilityWithoutHead);
        plain.Conclusion.IsSigned.ShouldBeFalse();
        plain.RecordConclusion(Signer, "9/KL", Day, "Chánh Thanh tra", "Kết luận.");
        plain.Conclusion.Accountability.IsRecorded.ShouldBeFalse();

        var head = NewCase();
        head.NameAccountableHead("Ông Nguyễn Văn A", "Giám đốc Sở");
        ReadyToConclude(head);
        CodeOf(() => head.RecordConclusion(Signer, "10/KL", Day, "Chánh Thanh tra", "Kết luận.")).ShouldBe(CaseErrorCodes.AccountabilityOutcomeRequired);
        head.Conclusion.IsSigned.ShouldBeFalse();
        head.RecordConclusion(Signer, "10/KL", Day, "Chánh Thanh tra", "Kết luận.", AccountabilityVerdict.ProposeDisciplinaryReview, "  Buông lỏng quản lý. ");
        head.Conclusion.Accountability.Verdict.ShouldBe(AccountabilityVerdict.ProposeDisciplinaryReview);
        head.Conclusion.Accountability.Text.ShouldBe("Buông lỏng quản lý.");
    }

    [Fact]
    public void Should_refuse_a_verdict_outside_the_enumeration()
    {
        var head = NewCase();
        head.NameAccountableHead("Ông A", "Giám đốc");
        ReadyToConclude(head);
        Should.Throw<InputValidationException>(() => head.RecordConclusion(Signer, "1/KL", Day, "Chánh Thanh tra", "Kết luận.", (AccountabilityVerdict)42));
        head.Conclusion.IsSigned.ShouldBeFalse();
    }

    [Fact]
    public void Should_keep_the_extension_request_in_full_until_granted_or_refused()
    {
        var limit = new InspectionCase.ExtensionLimit(30, 1, "Điều 48");
        var c = NewCase();
        c.EnterState(CaseStates.OnSite, Guid.NewGuid(), Day);
        var by = Guid.NewGuid();
        var at = new DateTime(2026, 6, 2, 3, 0, 0, DateTimeKind.Utc);
        var reason = new string('x', 600); // longer than the journal's 200-character summary
        c.RequestExtension(10, reason, by, "Nguyễn Văn Trưởng", at, limit);
        c.PendingExtension.IsPending.ShouldBeTrue();
        c.PendingExtension.Reason.ShouldBe(reason);
        c.PendingExtension.RequestedById.ShouldBe(by);
        c.PendingExtension.RequestedAt.ShouldBe(at);
        CodeOf(() => c.RequestExtension(5, "Lần nữa", by, "Nguyễn Văn Trưởng", at, limit)).ShouldBe(CaseErrorCodes.ExtensionAlreadyRequested);
        CodeOf(() => c.RequestExtension(31, "Quá dài", by, "Nguyễn Văn Trưởng", at, limit)).ShouldBe(CaseErrorCodes.ExtensionTooLong);

        c.RefuseExtensionRequest();
        c.PendingExtension.IsPending.ShouldBeFalse();
        c.PendingExtension.Reason.ShouldBeNull();
        CodeOf(c.RefuseExtensionRequest).ShouldBe(CaseErrorCodes.NoExtensionRequest);

        c.RequestExtension(7, "Chờ giám định", by, "Nguyễn Văn Trưởng", at, limit);
        c.AddExtension("30/QĐ-GH", 7, "Chờ giám định", Day, limit);
        c.PendingExtension.IsPending.ShouldBeFalse();
        CodeOf(() => c.RequestExtension(3, "Lần hai", by, "Nguyễn Văn Trưởng", at, limit)).ShouldBe(CaseErrorCodes.ExtensionLimitReached);
    }

    [Fact]
    public void Should_let_a_waiting_extension_request_lapse_when_the_case_leaves_on_site()
    {
        var c = NewCase();
        c.EnterState(CaseStates.OnSite, Guid.NewGuid(), Day);
        c.RequestExtension(10, "Khối lượng lớn", Guid.NewGuid(), "Nguyễn Văn Trưởng", DateTime.UtcNow, null);
        c.EnterState(CaseStates.OnSite, c.WorkflowInstanceId!.Value, Day); // re-entering on site keeps it
        c.PendingExtension.IsPending.ShouldBeTrue();
        c.EnterState(CaseStates.Reporting, c.WorkflowInstanceId!.Value, Day);
        c.PendingExtension.IsPending.ShouldBeFalse();
    }

    [Fact]
    public void Should_accept_a_head_exactly_when_name_and_position_are_both_given_or_both_blank()
    {
        string?[] values = [null, "", "  ", "Ông A", "Giám đốc Sở"];
        var text = Gen.Int[0, values.Length - 1].Select(i => values[i]);
        Gen.Select(text, text).Sample((name, position) =>
        {
            var c = NewCase();
            var both = !string.IsNullOrWhiteSpace(name) && !string.IsNullOrWhiteSpace(position);
            var neither = string.IsNullOrWhiteSpace(name) && string.IsNullOrWhiteSpace(position);
            if (both || neither)
            {
                c.NameAccountableHead(name, position);
                c.HasAccountableHead.ShouldBe(both);
            }
            else
            {
                CodeOf(() => c.NameAccountableHead(name, position)).ShouldBe(CaseErrorCodes.AccountableHeadIncomplete);
                c.HasAccountableHead.ShouldBeFalse();
            }
        });
    }
}
