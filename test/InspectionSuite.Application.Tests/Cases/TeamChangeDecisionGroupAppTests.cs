using InspectionSuite.Cases;
using InspectionSuite.Documents;
using InspectionSuite.Identity;
using InspectionSuite.Application.Tests.Documents;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;
using Shouldly;
using Xunit;

namespace InspectionSuite.Application.Tests.Cases;

/// <summary>
/// Issue 16: one quyết định thay đổi thành viên Đoàn changing several people (real SQLite): one document listing every
/// person, one register entry and number written back to every row; bad lists refused by field with nothing changed.
/// </summary>
public sealed class TeamChangeDecisionGroupAppTests(CaseFixture fixture) : IClassFixture<CaseFixture>
{
    private static readonly LibreOfficePdfConverter NoPdf = new("/nonexistent/soffice");

    private Task<T> Team<T>(string user, Func<ICaseTeamAppService, Task<T>> work) => fixture.RunAsAsync(user, sp => work(sp.GetRequiredService<ICaseTeamAppService>()));

    private Task<T> Documents<T>(string user, Func<CaseDocumentAppService, Task<T>> work)
        => fixture.RunAsAsync(user, sp => work(ActivatorUtilities.CreateInstance<CaseDocumentAppService>(sp, NoPdf)));

    /// <summary>An inspector of this test (the seed has two): created once, by user name.</summary>
    private Task<Guid> InspectorAsync(string userName, string fullName) => fixture.RunAsAsync("admin", async sp =>
    {
        var users = sp.GetRequiredService<UserManager<AppUser>>();
        if (await users.FindByNameAsync(userName) is { } existing) return existing.Id;
        var user = new AppUser { UserName = userName, FullName = fullName, Email = userName + "@example.vn" };
        (await users.CreateAsync(user, "Demo@2026!x")).Succeeded.ShouldBeTrue();
        (await users.AddToRoleAsync(user, InspectionSuiteRoles.Inspector)).Succeeded.ShouldBeTrue();
        return user.Id;
    });

    [Fact]
    public async Task Should_issue_one_decision_listing_everyone_added_and_removed_under_one_number()
    {
        var c = await fixture.Fire((await fixture.NewCase(CaseKind.Inspection, "P01")).Id, CaseTriggers.Decide, "leader");
        var inspector2 = await fixture.UserIdAsync("inspector2");
        var x = await InspectorAsync("inspector-tc-x", "Trần Thị Xuân");
        var y = await InspectorAsync("inspector-tc-y", "Võ Văn Yên");

        c = await Team("leader", s => s.ChangeTeamAsync(c.Id, new ChangeTeamDto(null, false, null, "Điều động công tác khác", null, c.ConcurrencyStamp,
            AddUserIds: [x, y], RemoveUserIds: [inspector2])));

        c.TeamChanges.Count.ShouldBe(2);
        c.TeamChanges.Select(t => t.DecisionId).Distinct().ShouldHaveSingleItem().ShouldNotBeNull();
        c.Team.Select(m => m.UserId).ShouldContain(x);
        c.Team.Select(m => m.UserId).ShouldContain(y);
        c.Team.Select(m => m.UserId).ShouldNotContain(inspector2);

        // One document for the decision, whichever row names it.
        var listed = await Documents("leader", s => s.GetAvailableAsync(c.Id));
        listed.Count(d => d.Kind == DocumentKind.TeamChangeDecision).ShouldBe(1);
        var issued = await Documents("supervisor", s => s.IssueAsync(c.Id, DocumentKind.TeamChangeDecision, c.TeamChanges[1].Id, null, default));
        (await Should.ThrowAsync<BusinessException>(() => Documents("supervisor", s => s.IssueAsync(c.Id, DocumentKind.TeamChangeDecision, c.TeamChanges[0].Id, null, default))))
            .Code.ShouldBe(DocumentErrorCodes.DocumentAlreadyIssued);

        var after = await fixture.Get(c.Id);
        after.TeamChanges.ShouldAllBe(t => t.DecisionNumber == issued.NumberAndSymbol && t.DecisionDate == issued.IssuedOn);
        var text = DocumentTestData.Text((await Documents("leader", s => s.GenerateAsync(c.Id, DocumentKind.TeamChangeDecision, c.TeamChanges[0].Id, default))).Content);
        text.ShouldContain(issued.NumberAndSymbol);
        text.ShouldContain("Bổ sung ông (bà) Trần Thị Xuân làm thành viên Đoàn thanh tra");
        text.ShouldContain("Bổ sung ông (bà) Võ Văn Yên làm thành viên Đoàn thanh tra");
        text.ShouldContain("Thôi cử ông (bà) Lê Văn Kiểm tham gia Đoàn thanh tra (thành viên)");
    }

    [Fact]
    public async Task Should_refuse_a_list_naming_a_person_twice_or_a_current_member_by_field_and_change_nothing()
    {
        var c = await fixture.Fire((await fixture.NewCase(CaseKind.Inspection, "P01")).Id, CaseTriggers.Decide, "leader");
        var inspector2 = await fixture.UserIdAsync("inspector2");
        var x = await InspectorAsync("inspector-tc-x", "Trần Thị Xuân");

        (await Should.ThrowAsync<InputValidationException>(() => Team("leader", s => s.ChangeTeamAsync(c.Id,
            new ChangeTeamDto(x, false, null, "Lý do", null, c.ConcurrencyStamp, AddUserIds: [x])))))
            .Errors.Keys.ShouldBe(["AddUserIds"]);
        (await Should.ThrowAsync<InputValidationException>(() => Team("leader", s => s.ChangeTeamAsync(c.Id,
            new ChangeTeamDto(null, false, null, "Lý do", null, c.ConcurrencyStamp, AddUserIds: [x, inspector2])))))
            .Errors[InspectionCase.AddListField].ShouldBe([TeamChangeErrorCodes.AlreadyOnTeam]);
        (await Should.ThrowAsync<InputValidationException>(() => Team("leader", s => s.ChangeTeamAsync(c.Id,
            new ChangeTeamDto(null, true, null, "Lý do", null, c.ConcurrencyStamp, AddUserIds: [x], RemoveUserIds: [inspector2, x])))))
            .Errors.Keys.ShouldBe(["AsLeader"]);

        var after = await fixture.Get(c.Id);
        after.TeamChanges.ShouldBeEmpty();
        after.Team.Select(m => m.UserId).ShouldNotContain(x);
        after.Team.Select(m => m.UserId).ShouldContain(inspector2);
    }
}
