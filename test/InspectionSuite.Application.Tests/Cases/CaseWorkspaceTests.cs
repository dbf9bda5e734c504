using System.Text.Json;
using InspectionSuite.Documents;
using InspectionSuite.Cases;
using Microsoft.Extensions.DependencyInjection;
using Shouldly;
using Xunit;

namespace InspectionSuite.Application.Tests.Cases;

/// <summary>
/// The case page's one read (issue 19 item 4): <see cref="ICaseAppService.GetWorkspaceAsync"/> gives what the separate
/// services give, with the same unit-representative view, and what the caller may do decided once.
/// </summary>
public sealed class CaseWorkspaceTests(CaseFixture fixture) : IClassFixture<CaseFixture>
{
    private const string InternalFinding = "Chi sai quy định - ghi chú nội bộ của đoàn";
    private const string InternalMinutes = "Biên bản họp đoàn số 7781";

    private Task<T> As<T, TService>(string user, Func<TService, Task<T>> work) where TService : notnull
        => fixture.RunAsAsync(user, sp => work(sp.GetRequiredService<TService>()));

    /// <summary>On site, with minutes, the catalogue checklist and a finding only the team may read.</summary>
    private async Task<CaseDto> CaseOnSiteWithWorkAsync()
    {
        var c = await fixture.CaseIn(CaseStates.OnSite);
        c = await As<CaseDto, ICaseAppService>("inspector", s => s.AddMinutesAsync(c.Id, new AddMinutesDto(InternalMinutes, fixture.Today, "Nội dung", c.ConcurrencyStamp)));
        await As<IReadOnlyList<ChecklistItemDto>, IChecklistAppService>("inspector", s => s.AddCatalogueCriteriaAsync(c.Id, new AddCatalogueCriteriaDto(c.ConcurrencyStamp)));
        c = await fixture.Get(c.Id);
        await As<FindingDto, IFindingAppService>("inspector", s => s.RecordAsync(c.Id, new RecordFindingDto(null, InternalFinding, FindingSeverity.Serious, null, null, null, c.ConcurrencyStamp)));
        return await fixture.Get(c.Id);
    }

    private static string Json(object? value) => JsonSerializer.Serialize(value);

    [Theory]
    [InlineData("supervisor")]
    [InlineData("inspector")]
    [InlineData("unitrep")]
    public async Task Should_read_what_the_separate_services_read_in_one_call(string user)
    {
        var c = await CaseOnSiteWithWorkAsync();
        var (workspace, separate) = await fixture.RunAsAsync(user, async sp =>
        {
            var workspace = await sp.GetRequiredService<ICaseAppService>().GetWorkspaceAsync(c.Id);
            return (workspace, new
            {
                Case = await sp.GetRequiredService<ICaseAppService>().GetAsync(c.Id),
                Triggers = await sp.GetRequiredService<ICaseAppService>().GetTriggersAsync(c.Id),
                History = await sp.GetRequiredService<ICaseAppService>().GetHistoryAsync(c.Id),
                Diagram = await sp.GetRequiredService<ICaseAppService>().GetDiagramAsync(c.Id),
                Checklist = await sp.GetRequiredService<IChecklistAppService>().GetListAsync(c.Id),
                Evidence = await sp.GetRequiredService<IEvidenceAppService>().GetListAsync(c.Id),
                Findings = await sp.GetRequiredService<IFindingAppService>().GetListAsync(c.Id),
                Documents = await sp.GetRequiredService<ICaseDocumentAppService>().GetAvailableAsync(c.Id),
                DocumentRequests = await sp.GetRequiredService<IDocumentRequestAppService>().GetListAsync(c.Id),
            });
        });

        Json(workspace.Case).ShouldBe(Json(separate.Case));
        Json(workspace.Triggers).ShouldBe(Json(separate.Triggers));
        Json(workspace.History).ShouldBe(Json(separate.History));
        workspace.Diagram.ShouldBe(separate.Diagram);
        Json(workspace.Checklist).ShouldBe(Json(separate.Checklist));
        Json(workspace.Evidence).ShouldBe(Json(separate.Evidence));
        Json(workspace.Findings).ShouldBe(Json(separate.Findings));
        Json(workspace.Documents).ShouldBe(Json(separate.Documents));
        Json(workspace.DocumentRequests).ShouldBe(Json(separate.DocumentRequests));
        workspace.FollowUp.ShouldBeNull(); // on site: no sanction yet
    }

    /// <summary>
    /// The follow-up is read once per workspace and handed to the case's sanction count, the follow-up section, the
    /// documents and a check's parts: each must still be what its own service reads, for a case with sanctions (an
    /// inspection in follow-up; a check with a criterion's outcome) and without (a check on site).
    /// </summary>
    [Theory]
    [InlineData("supervisor")]
    [InlineData("inspector")]
    [InlineData("unitrep")]
    public async Task Should_read_the_follow_up_parts_as_their_own_services_do_with_and_without_sanctions(string user)
    {
        var inspection = await fixture.CaseIn(CaseStates.Sanctioning);
        await As<SanctionDto, ISanctionAppService>("inspector", s => s.IssueAsync(inspection.Id,
            new IssueSanctionDto(SanctionType.Recovery, "Kế toán đơn vị", 100_000_000m, fixture.Today.AddDays(30), "Thủ trưởng", inspection.ConcurrencyStamp)));
        inspection = await fixture.Get(inspection.Id);
        await As<SanctionDto, ISanctionAppService>("inspector", s => s.IssueAsync(inspection.Id,
            new IssueSanctionDto(SanctionType.CorrectiveRecommendation, "Văn phòng", null, fixture.Today.AddDays(30), "Chánh Văn phòng", inspection.ConcurrencyStamp)));
        var concludedCheck = await fixture.CaseIn(CaseStates.Concluding, CaseKind.Check);
        await As<CheckDto, ICheckAppService>("leader", s => s.RecordOutcomeAsync(concludedCheck.Id,
            new RecordCheckOutcomeDto(SanctionType.CorrectiveRecommendation, "Đơn vị", "Thủ trưởng", fixture.Today.AddDays(30), null, "KH534-01", concludedCheck.ConcurrencyStamp)));
        var checkOnSite = await fixture.CaseIn(CaseStates.OnSite, CaseKind.Check);

        foreach (var (id, sanctions) in new[] { (inspection.Id, 2), (concludedCheck.Id, 1), (checkOnSite.Id, 0) })
        {
            var (workspace, separate) = await fixture.RunAsAsync(user, async sp =>
            {
                var isCheck = (await sp.GetRequiredService<ICaseAppService>().GetAsync(id)).Kind == CaseKind.Check;
                return (await sp.GetRequiredService<ICaseAppService>().GetWorkspaceAsync(id), new
                {
                    Case = await sp.GetRequiredService<ICaseAppService>().GetAsync(id),
                    Documents = await sp.GetRequiredService<ICaseDocumentAppService>().GetAvailableAsync(id),
                    FollowUp = sanctions > 0 ? await sp.GetRequiredService<IFollowUpAppService>().GetAsync(id) : null,
                    Check = isCheck ? await sp.GetRequiredService<ICheckAppService>().GetAsync(id) : null,
                });
            });

            workspace.Case.SanctionCount.ShouldBe(sanctions, $"case {id} as {user}");
            Json(workspace.Case).ShouldBe(Json(separate.Case));
            Json(workspace.Documents).ShouldBe(Json(separate.Documents));
            Json(workspace.Check).ShouldBe(Json(separate.Check));
            if (sanctions > 0) Json(workspace.FollowUp).ShouldBe(Json(separate.FollowUp));
            else workspace.FollowUp.ShouldBeNull();
        }
    }

    [Fact]
    public async Task Should_give_the_unit_representative_no_internal_work_of_the_team()
    {
        var c = await CaseOnSiteWithWorkAsync();
        var team = await fixture.Cases("inspector", s => s.GetWorkspaceAsync(c.Id));
        team.Findings.ShouldContain(f => f.Description == InternalFinding);
        team.Checklist.ShouldNotBeEmpty();

        var unit = await fixture.Cases("unitrep", s => s.GetWorkspaceAsync(c.Id));

        unit.Findings.ShouldBeEmpty();
        unit.Checklist.ShouldBeEmpty();
        Json(unit).ShouldNotContain(InternalFinding);
        team.Case.Minutes.ShouldContain(m => m.Title == InternalMinutes);
        Json(unit).ShouldNotContain(InternalMinutes); // the team's minutes are its own (UnitRepresentativeView)
        unit.May.Edit.ShouldBeFalse();
        unit.May.RecordFindings.ShouldBeFalse();
        unit.May.IsTeamMember.ShouldBeFalse();
    }

    [Fact]
    public async Task Should_decide_what_the_caller_may_do_from_their_permissions_and_their_place_on_the_team()
    {
        var c = await fixture.CaseIn(CaseStates.OnSite);

        var leaderOfTeam = (await fixture.Cases("inspector", s => s.GetWorkspaceAsync(c.Id))).May;
        var supervisor = (await fixture.Cases("supervisor", s => s.GetWorkspaceAsync(c.Id))).May;

        leaderOfTeam.IsTeamMember.ShouldBeTrue();
        leaderOfTeam.Edit.ShouldBeTrue();
        leaderOfTeam.RecordFindings.ShouldBeTrue();
        leaderOfTeam.Appraise.ShouldBeFalse(); // the team never appraises its own draft
        leaderOfTeam.Sign.ShouldBeFalse();
        supervisor.IsTeamMember.ShouldBeFalse();
    }
}
