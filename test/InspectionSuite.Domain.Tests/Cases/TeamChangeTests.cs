using CsCheck;
using InspectionSuite.Cases;
using InspectionSuite.Organization;
using Shouldly;
using Xunit;

namespace InspectionSuite.Domain.Tests.Cases;

/// <summary>
/// Issue 16: after the decision the team changes only by a decision changing it (quyết định thay đổi thành viên Đoàn),
/// each kept in the case's history with who, what, why and when.
/// </summary>
public sealed class TeamChangeTests
{
    private static readonly DateOnly Decided = new(2026, 6, 1);
    private static readonly Guid Leader = Guid.NewGuid(), Member = Guid.NewGuid(), Newcomer = Guid.NewGuid();

    private static InspectionCase DecidedCase(bool decide = true)
    {
        var c = new InspectionCase(Guid.NewGuid(), CaseKind.Inspection, AuthorityCode.ThanhTra, Guid.NewGuid(), "Thanh tra", null, null, null, null, null);
        c.RecordDecision("01/QĐ-TTr", Decided, "Chánh Thanh tra - Nguyễn Văn Chánh");
        c.AssignTeam(Leader, [Member]);
        if (decide) c.EnterState(CaseStates.Decided, Guid.NewGuid(), Decided);
        return c;
    }

    private static TeamChangePerson P(Guid id, string name = "Người") => new(id, name);

    [Fact]
    public void Should_refuse_a_team_change_before_the_decision_is_issued()
    {
        var c = DecidedCase(decide: false);
        Should.Throw<BusinessException>(() => c.ChangeTeam(P(Newcomer), false, null, "Bổ sung", Decided, "Lãnh đạo"))
            .Code.ShouldBe(TeamChangeErrorCodes.DecisionNotIssued);
        c.TeamChanges.ShouldBeEmpty();
        c.Team.Count.ShouldBe(2);
    }

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    public void Should_refuse_a_team_change_without_a_reason_and_change_nothing(string reason)
    {
        var c = DecidedCase();
        Should.Throw<InputValidationException>(() => c.ChangeTeam(P(Newcomer), false, null, reason, Decided, "Lãnh đạo"))
            .Errors.Keys.ShouldContain("Reason");
        c.TeamChanges.ShouldBeEmpty();
        c.HasTeamMember(Newcomer).ShouldBeFalse();
    }

    [Fact]
    public void Should_refuse_assigning_the_team_directly_once_the_decision_is_issued()
    {
        var c = DecidedCase();
        Should.Throw<BusinessException>(() => c.AssignTeam(Newcomer, [])).Code.ShouldBe(TeamChangeErrorCodes.TeamFixedByDecision);
        c.TeamLeaderId.ShouldBe(Leader);
    }

    [Fact]
    public void Should_keep_the_history_of_each_change_with_who_what_why_and_when()
    {
        var c = DecidedCase();
        var replaced = c.ChangeTeam(P(Newcomer, "Trần Văn Mới"), false, P(Member, "Lê Thị Cũ"), "Ốm dài ngày", Decided.AddDays(3), "Nguyễn Văn Lãnh Đạo");
        var newLeader = c.ChangeTeam(P(Member, "Lê Thị Cũ"), true, P(Leader, "Phạm Trưởng"), "Điều động công tác khác", Decided.AddDays(5), "Nguyễn Văn Lãnh Đạo");

        c.TeamChanges.Count.ShouldBe(2);
        replaced.AddedName.ShouldBe("Trần Văn Mới");
        replaced.RemovedName.ShouldBe("Lê Thị Cũ");
        replaced.Reason.ShouldBe("Ốm dài ngày");
        replaced.ChangedOn.ShouldBe(Decided.AddDays(3));
        replaced.DecidedBy.ShouldBe("Nguyễn Văn Lãnh Đạo");
        replaced.DecisionNumber.ShouldBeNull();
        newLeader.AddedAsLeader.ShouldBeTrue();
        newLeader.RemovedWasLeader.ShouldBeTrue();
        c.TeamLeaderId.ShouldBe(Member);
        c.Team.Select(m => m.UserId).ShouldBe([Newcomer, Member], ignoreOrder: true);
    }

    [Fact]
    public void Should_refuse_removing_the_leader_alone_a_stranger_or_adding_someone_already_there()
    {
        var c = DecidedCase();
        Should.Throw<BusinessException>(() => c.ChangeTeam(null, false, P(Leader), "x", Decided, "L")).Code.ShouldBe(TeamChangeErrorCodes.LeaderNotRemovable);
        Should.Throw<BusinessException>(() => c.ChangeTeam(null, false, P(Newcomer), "x", Decided, "L")).Code.ShouldBe(TeamChangeErrorCodes.NotOnTeam);
        Should.Throw<BusinessException>(() => c.ChangeTeam(P(Member), false, null, "x", Decided, "L")).Code.ShouldBe(TeamChangeErrorCodes.AlreadyOnTeam);
        Should.Throw<BusinessException>(() => c.ChangeTeam(null, false, null, "x", Decided, "L")).Code.ShouldBe(TeamChangeErrorCodes.NothingChanged);
        Should.Throw<BusinessException>(() => c.ChangeTeam(P(Newcomer), false, null, "x", Decided.AddDays(-1), "L")).Code.ShouldBe(CaseErrorCodes.DateRangeInvalid);
        c.TeamChanges.ShouldBeEmpty();
    }

    [Fact]
    public void Should_write_the_registered_number_to_the_change_it_names()
    {
        var c = DecidedCase();
        var first = c.ChangeTeam(P(Newcomer), false, null, "Bổ sung", Decided, "L");
        var second = c.ChangeTeam(null, false, P(Member), "Thôi", Decided.AddDays(1), "L");
        c.TakeRegisteredTeamChangeNumber(first.Id, "07/QĐ-TTr", Decided.AddDays(2)).ShouldBeTrue();
        first.DecisionNumber.ShouldBe("07/QĐ-TTr");
        first.DecisionDate.ShouldBe(Decided.AddDays(2));
        second.DecisionNumber.ShouldBeNull();
        c.TakeRegisteredTeamChangeNumber(first.Id, "07/QĐ-TTr", Decided.AddDays(2)).ShouldBeFalse(); // same number again: no change
    }

    /// <summary>
    /// For any sequence of attempted changes: the team always has exactly one Trưởng đoàn, a refused change leaves team
    /// and history untouched, and each accepted change adds one history row whose added person is on the team after it.
    /// </summary>
    [Fact]
    public void Should_keep_one_leader_and_one_history_row_per_accepted_change_for_any_sequence()
    {
        var people = Enumerable.Range(0, 5).Select(_ => Guid.NewGuid()).ToArray();
        var op = Gen.Select(Gen.Int[-1, 4], Gen.Bool, Gen.Int[-1, 4]);
        op.Array[1, 12].Sample(ops =>
        {
            var c = new InspectionCase(Guid.NewGuid(), CaseKind.Check, AuthorityCode.NoiVu, Guid.NewGuid(), "Kiểm tra", null, null, null, null, null);
            c.RecordDecision("02/QĐ-SNV", Decided, "Giám đốc Sở - Trần Thị Giám");
            c.AssignTeam(people[0], [people[1]]);
            c.EnterState(CaseStates.OnSite, Guid.NewGuid(), Decided);
            foreach (var (add, asLeader, remove) in ops)
            {
                var before = c.Team.Select(m => (m.UserId, m.IsLeader)).ToList();
                var history = c.TeamChanges.Count;
                try
                {
                    var change = c.ChangeTeam(add < 0 ? null : P(people[add]), asLeader, remove < 0 ? null : P(people[remove]), "Lý do", Decided, "L");
                    c.TeamChanges.Count.ShouldBe(history + 1);
                    if (change.AddedUserId is { } added) c.HasTeamMember(added).ShouldBeTrue();
                    if (change.RemovedUserId is { } removed) c.HasTeamMember(removed).ShouldBeFalse();
                }
                catch (BusinessException)
                {
                    c.Team.Select(m => (m.UserId, m.IsLeader)).ShouldBe(before);
                    c.TeamChanges.Count.ShouldBe(history);
                }
                c.Team.Count(m => m.IsLeader).ShouldBe(1);
            }
        });
    }
}
