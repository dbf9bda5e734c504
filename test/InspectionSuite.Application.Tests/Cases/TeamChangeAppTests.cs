using InspectionSuite.Cases;
using InspectionSuite.Documents;
using InspectionSuite.Application.Tests.Documents;
using Microsoft.Extensions.DependencyInjection;
using Shouldly;
using Xunit;

namespace InspectionSuite.Application.Tests.Cases;

/// <summary>
/// Issue 16: the người ra quyết định (Leadership, Cases.Decide) changes the team after the decision; each change is kept
/// (real SQLite) and issued as a quyết định thay đổi thành viên Đoàn through the register, whose number goes back to it.
/// </summary>
public sealed class TeamChangeAppTests(CaseFixture fixture) : IClassFixture<CaseFixture>
{
    private static readonly LibreOfficePdfConverter NoPdf = new("/nonexistent/soffice");

    private Task<T> Team<T>(string user, Func<ICaseTeamAppService, Task<T>> work) => fixture.RunAsAsync(user, sp => work(sp.GetRequiredService<ICaseTeamAppService>()));

    private Task<T> Documents<T>(string user, Func<CaseDocumentAppService, Task<T>> work)
        => fixture.RunAsAsync(user, sp => work(ActivatorUtilities.CreateInstance<CaseDocumentAppService>(sp, NoPdf)));

    /// <summary>An inspection decided (Decided) with "inspector" alone on the team.</summary>
    private async Task<CaseDto> DecidedWithOneInspector()
        => await fixture.Fire((await fixture.NewCase(CaseKind.Inspection, "P01", withSecondInspector: false)).Id, CaseTriggers.Decide, "leader");

    [Fact]
    public async Task Should_record_a_change_decided_by_the_leader_and_keep_it_in_the_history()
    {
        var c = await DecidedWithOneInspector();
        var inspector2 = await fixture.UserIdAsync("inspector2");

        var changed = await Team("leader", s => s.ChangeTeamAsync(c.Id, new ChangeTeamDto(inspector2, false, null, "Tăng cường lực lượng", null, c.ConcurrencyStamp)));

        var reloaded = await fixture.Get(c.Id);
        reloaded.Team.Select(m => m.UserId).ShouldContain(inspector2);
        var row = reloaded.TeamChanges.ShouldHaveSingleItem();
        row.AddedUserId.ShouldBe(inspector2);
        row.AddedName.ShouldBe("Lê Văn Kiểm");
        row.Reason.ShouldBe("Tăng cường lực lượng");
        row.ChangedOn.ShouldBe(fixture.Today);
        row.DecidedBy.ShouldBe("Phạm Minh Lãnh Đạo");
        row.DecisionNumber.ShouldBeNull();
        changed.TeamChanges.ShouldHaveSingleItem().Id.ShouldBe(row.Id);
    }

    [Fact]
    public async Task Should_refuse_the_supervisor_a_change_after_the_decision_and_the_leader_one_without_reason()
    {
        var c = await DecidedWithOneInspector();
        var inspector2 = await fixture.UserIdAsync("inspector2");

        (await Should.ThrowAsync<BusinessException>(() => fixture.Cases("supervisor", s => s.AssignTeamAsync(c.Id,
            new AssignTeamDto(inspector2, [], c.ConcurrencyStamp))))).Code.ShouldBe(TeamChangeErrorCodes.TeamFixedByDecision);
        await Should.ThrowAsync<ForbiddenException>(() => Team("supervisor", s => s.ChangeTeamAsync(c.Id,
            new ChangeTeamDto(inspector2, false, null, "Lý do", null, c.ConcurrencyStamp))));
        (await Should.ThrowAsync<InputValidationException>(() => Team("leader", s => s.ChangeTeamAsync(c.Id,
            new ChangeTeamDto(inspector2, false, null, " ", null, c.ConcurrencyStamp))))).Errors.Keys.ShouldContain("Reason");

        var after = await fixture.Get(c.Id);
        after.TeamChanges.ShouldBeEmpty();
        after.Team.Select(m => m.UserId).ShouldBe([await fixture.UserIdAsync("inspector")]);
    }

    [Fact]
    public async Task Should_refuse_a_change_before_the_decision_is_issued()
    {
        var c = await fixture.NewCase(CaseKind.Inspection, "P01", withSecondInspector: false); // Planned: the supervisor assigns freely
        var inspector2 = await fixture.UserIdAsync("inspector2");
        (await Should.ThrowAsync<BusinessException>(() => Team("leader", s => s.ChangeTeamAsync(c.Id,
            new ChangeTeamDto(inspector2, false, null, "Lý do", null, c.ConcurrencyStamp))))).Code.ShouldBe(TeamChangeErrorCodes.DecisionNotIssued);
        var assigned = await fixture.Cases("supervisor", s => s.AssignTeamAsync(c.Id, new AssignTeamDto(inspector2, [], c.ConcurrencyStamp)));
        assigned.Team.ShouldHaveSingleItem().UserId.ShouldBe(inspector2);
    }

    [Fact]
    public async Task Should_print_the_original_decision_and_the_names_removed_and_added_in_the_draft()
    {
        var c = await DecidedWithOneInspector();
        var inspector2 = await fixture.UserIdAsync("inspector2");
        c = await Team("leader", s => s.ChangeTeamAsync(c.Id, new ChangeTeamDto(inspector2, true, null, "Điều động công tác khác", null, c.ConcurrencyStamp)));
        c.Team.Single(m => m.IsLeader).UserId.ShouldBe(inspector2);

        var text = DocumentTestData.Text((await Documents("leader", s => s.GenerateAsync(c.Id, DocumentKind.TeamChangeDecision))).Content);

        text.ShouldContain("DỰ THẢO");
        text.ShouldContain("Thay đổi thành viên Đoàn thanh tra tại");
        text.ShouldContain("Căn cứ Quyết định số 01/QĐ-TTr ngày " + OfficialText.ShortDate(fixture.Today));
        text.ShouldContain("Cử ông (bà) Lê Văn Kiểm làm Trưởng đoàn thanh tra thay ông (bà) Trần Thị Thanh Tra");
        text.ShouldContain("Lý do: Điều động công tác khác.");
        text.ShouldContain("/QĐ-TTr");
        text.ShouldContain("Phạm Minh Lãnh Đạo"); // the signer of the decision: the người ra quyết định who issued it (v4, the leader)
    }

    [Fact]
    public async Task Should_number_each_team_change_decision_in_the_register_and_write_the_number_back()
    {
        var c = await DecidedWithOneInspector();
        var inspector2 = await fixture.UserIdAsync("inspector2");
        c = await Team("leader", s => s.ChangeTeamAsync(c.Id, new ChangeTeamDto(inspector2, false, null, "Bổ sung", null, c.ConcurrencyStamp)));
        c = await Team("leader", s => s.ChangeTeamAsync(c.Id, new ChangeTeamDto(null, false, inspector2, "Thôi tham gia", null, c.ConcurrencyStamp)));
        var (first, second) = (c.TeamChanges[0], c.TeamChanges[1]);

        var one = await Documents("supervisor", s => s.IssueAsync(c.Id, DocumentKind.TeamChangeDecision, first.Id, null, default));
        var two = await Documents("supervisor", s => s.IssueAsync(c.Id, DocumentKind.TeamChangeDecision, second.Id, null, default));

        one.NumberAndSymbol.ShouldEndWith("/QĐ-TTr");
        two.Number.ShouldBe(one.Number + 1); // the register's next number of the body and year
        var after = await fixture.Get(c.Id);
        after.TeamChanges.Single(t => t.Id == first.Id).DecisionNumber.ShouldBe(one.NumberAndSymbol);
        after.TeamChanges.Single(t => t.Id == first.Id).DecisionDate.ShouldBe(one.IssuedOn);
        after.TeamChanges.Single(t => t.Id == second.Id).DecisionNumber.ShouldBe(two.NumberAndSymbol);
        // The issued file carries its number; issuing it again is refused.
        var issuedText = DocumentTestData.Text((await Documents("leader", s => s.GenerateAsync(c.Id, DocumentKind.TeamChangeDecision, first.Id, default))).Content);
        issuedText.ShouldContain(one.NumberAndSymbol);
        issuedText.ShouldContain("Bổ sung ông (bà) Lê Văn Kiểm làm thành viên Đoàn thanh tra");
        issuedText.ShouldNotContain("DỰ THẢO");
        (await Should.ThrowAsync<BusinessException>(() => Documents("supervisor", s => s.IssueAsync(c.Id, DocumentKind.TeamChangeDecision, first.Id, null, default))))
            .Code.ShouldBe(DocumentErrorCodes.DocumentAlreadyIssued);
        // The case page lists one document per change.
        var listed = await Documents("leader", s => s.GetAvailableAsync(c.Id));
        listed.Where(d => d.Kind == DocumentKind.TeamChangeDecision).Select(d => d.MinutesId).ShouldBe([second.Id, first.Id], ignoreOrder: true);
    }
}
