using InspectionSuite.Cases;
using InspectionSuite.Organization;
using Shouldly;
using Xunit;

namespace InspectionSuite.Domain.Tests.Cases;

/// <summary>
/// Issue 16: one quyết định thay đổi thành viên Đoàn may add several people and remove several (the law puts no limit);
/// its rows share one decision id and one register number; a bad list is refused by its field and changes nothing.
/// </summary>
public sealed class TeamChangeDecisionGroupTests
{
    private static readonly DateOnly Decided = new(2026, 6, 1);
    private static readonly Guid Leader = Guid.NewGuid(), MemberA = Guid.NewGuid(), MemberB = Guid.NewGuid(),
        NewX = Guid.NewGuid(), NewY = Guid.NewGuid(), NewZ = Guid.NewGuid();

    private static InspectionCase DecidedCase()
    {
        var c = new InspectionCase(Guid.NewGuid(), CaseKind.Inspection, AuthorityCode.ThanhTra, Guid.NewGuid(), "Thanh tra", null, null, null, null, null);
        c.RecordDecision("01/QĐ-TTr", Decided, "Chánh Thanh tra - Nguyễn Văn Chánh");
        c.AssignTeam(Leader, [MemberA, MemberB]);
        c.EnterState(CaseStates.Decided, Guid.NewGuid(), Decided);
        return c;
    }

    private static TeamChangePerson P(Guid id, string name = "Người") => new(id, name);

    [Fact]
    public void Should_add_and_remove_several_members_in_one_decision_sharing_one_decision_id()
    {
        var c = DecidedCase();
        var rows = c.ChangeTeamMembers([P(NewX, "Trần X"), P(NewY, "Lê Y"), P(NewZ, "Phạm Z")], [P(MemberA, "Ngô A"), P(MemberB, "Đỗ B")],
            "Điều động công tác khác", Decided.AddDays(3), "Lãnh đạo");

        rows.Count.ShouldBe(3);
        c.TeamChanges.Count.ShouldBe(3);
        rows.Select(r => r.DecisionId).Distinct().Single().ShouldNotBeNull();
        rows.Select(r => r.AddedName).ShouldBe(["Trần X", "Lê Y", "Phạm Z"]);
        rows.Select(r => r.RemovedName).ShouldBe(["Ngô A", "Đỗ B", null]);
        rows.ShouldAllBe(r => r.Reason == "Điều động công tác khác" && r.ChangedOn == Decided.AddDays(3) && !r.AddedAsLeader && !r.RemovedWasLeader);
        c.Team.Select(m => m.UserId).OrderBy(g => g).ShouldBe(new[] { Leader, NewX, NewY, NewZ }.OrderBy(g => g));
        c.TeamLeaderId.ShouldBe(Leader);
        c.RowsOfDecision(rows[2]).ShouldBe(rows);
    }

    [Fact]
    public void Should_write_the_one_register_number_back_to_every_row_of_the_decision_and_no_other()
    {
        var c = DecidedCase();
        var single = c.ChangeTeam(null, false, P(MemberA), "Nghỉ ốm", Decided, "Lãnh đạo");
        var rows = c.ChangeTeamMembers([P(NewX), P(NewY)], [], "Tăng cường", Decided.AddDays(1), "Lãnh đạo");

        c.TakeRegisteredTeamChangeNumber(rows[1].Id, "15/QĐ-TTr", Decided.AddDays(2)).ShouldBeTrue();

        rows.ShouldAllBe(r => r.DecisionNumber == "15/QĐ-TTr" && r.DecisionDate == Decided.AddDays(2));
        single.DecisionNumber.ShouldBeNull();
        single.DecisionId.ShouldBeNull();
        c.RowsOfDecision(single).ShouldBe([single]);
    }

    public static TheoryData<string, Guid[], Guid[], string> Refusals => new()
    {
        { "same person added twice", [NewX, NewX], [], InspectionCase.AddListField },
        { "same person removed twice", [NewX], [MemberA, MemberA], InspectionCase.RemoveListField },
        { "same person added and removed", [MemberA, NewX], [MemberA], InspectionCase.RemoveListField },
        { "adding a current member", [NewX, MemberB], [], InspectionCase.AddListField },
        { "removing a non-member", [], [MemberA, NewY], InspectionCase.RemoveListField },
        { "removing the Trưởng đoàn without a successor", [NewX], [MemberA, Leader], InspectionCase.RemoveListField },
    };

    [Theory]
    [MemberData(nameof(Refusals))]
    public void Should_refuse_a_bad_list_by_its_field_and_change_nothing(string why, Guid[] add, Guid[] remove, string field)
    {
        var c = DecidedCase();
        var before = c.Team.Select(m => (m.UserId, m.IsLeader)).ToList();

        var refused = Should.Throw<InputValidationException>(() => c.ChangeTeamMembers(add.Select(a => P(a)).ToList(), remove.Select(r => P(r)).ToList(), "Lý do", Decided, "Lãnh đạo"), why);

        refused.Errors.Keys.ShouldBe([field], why);
        c.TeamChanges.ShouldBeEmpty(why);
        c.Team.Select(m => (m.UserId, m.IsLeader)).ShouldBe(before, why);
    }

    [Fact]
    public void Should_name_each_refusal_with_its_own_code()
    {
        var c = DecidedCase();
        Should.Throw<InputValidationException>(() => c.ChangeTeamMembers([P(NewX), P(NewX)], [], "Lý do", Decided, "Lãnh đạo"))
            .Errors[InspectionCase.AddListField].ShouldBe([TeamChangeErrorCodes.SamePersonTwice]);
        Should.Throw<InputValidationException>(() => c.ChangeTeamMembers([P(MemberA), P(NewX)], [], "Lý do", Decided, "Lãnh đạo"))
            .Errors[InspectionCase.AddListField].ShouldBe([TeamChangeErrorCodes.AlreadyOnTeam]);
        Should.Throw<InputValidationException>(() => c.ChangeTeamMembers([], [P(NewY), P(MemberA)], "Lý do", Decided, "Lãnh đạo"))
            .Errors[InspectionCase.RemoveListField].ShouldBe([TeamChangeErrorCodes.NotOnTeam]);
        Should.Throw<InputValidationException>(() => c.ChangeTeamMembers([], [P(Leader), P(MemberA)], "Lý do", Decided, "Lãnh đạo"))
            .Errors[InspectionCase.RemoveListField].ShouldBe([TeamChangeErrorCodes.LeaderNotRemovable]);
        c.TeamChanges.ShouldBeEmpty();
    }
}
