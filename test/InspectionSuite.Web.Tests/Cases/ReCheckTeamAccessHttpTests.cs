using System.Net.Http.Json;
using InspectionSuite.Cases;
using Shouldly;
using Xunit;

namespace InspectionSuite.Web.Tests.Cases;

/// <summary>The team keeps what a re-check inspector may not do: recording any re-check's results and closing the case.</summary>
public sealed class ReCheckTeamAccessHttpTests(CaseWebHost host) : IClassFixture<CaseWebHost>
{
    private static Task<T> Ok<T>(HttpResponseMessage response) => ReCheckInspectorAccessHttpTests.Ok<T>(response);

    [Fact]
    public async Task Should_still_let_the_team_close_the_case_and_a_team_member_record_any_re_checks_results()
    {
        using var supervisor = await host.ClientAsync("supervisor");
        var item = (await supervisor.GetFromJsonAsync<PagedResultDto<CaseListItemDto>>("/api/cases?take=200", CaseWebHost.Json))!.Items.First(c => c.State == CaseStates.FollowUp);
        var reCheckerId = await ReCheckInspectorAccessHttpTests.NewInspectorAsync(host, "rechecker2");
        var reCheck = await ReCheckInspectorAccessHttpTests.OrderAsync(supervisor, item.Id, "41/QĐ-SNV", reCheckerId);
        using var member = await host.ClientAsync("inspector2");
        var c = await Ok<CaseDto>(await member.GetAsync($"/api/cases/{item.Id}"));
        c.ReCheckInspectorOnly.ShouldBeFalse();
        var sanctions = await Ok<List<SanctionDto>>(await member.GetAsync($"/api/cases/{item.Id}/sanctions"));
        var open = sanctions.Where(s => s.Status is SanctionStatus.Issued or SanctionStatus.InProgress).ToList();
        foreach (var s in open)
        {
            c = await Ok<CaseDto>(await member.GetAsync($"/api/cases/{item.Id}"));
            await Ok<ReCheckDto>(await member.PostAsJsonAsync($"/api/cases/{item.Id}/follow-up/re-checks/{reCheck.Id}/results",
                new RecordReCheckResultDto(s.Id, ReCheckOutcome.ConfirmedDone, null, null, c.ConcurrencyStamp), CaseWebHost.Json));
        }
        c = await Ok<CaseDto>(await member.GetAsync($"/api/cases/{item.Id}"));
        (await Ok<CaseDto>(await member.PostAsJsonAsync($"/api/cases/{item.Id}/triggers/{CaseTriggers.Close}", new FireTriggerDto(c.WorkflowVersion), CaseWebHost.Json)))
            .State.ShouldBe(CaseStates.Closed);
    }
}
