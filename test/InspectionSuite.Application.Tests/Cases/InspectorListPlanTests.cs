using InspectionSuite.Cases;
using Microsoft.Extensions.DependencyInjection;
using Shouldly;
using Xunit;

namespace InspectionSuite.Application.Tests.Cases;

/// <summary>
/// An inspector's list and inbox are read either from their viewer rows (few cases) or by walking cases and tasks in list
/// order and checking each (many cases); <see cref="CaseListOptions.FewViewerCases"/> picks. Both plans give the same
/// pages, which are the supervisor's pages narrowed to the inspector's cases.
/// </summary>
public sealed class InspectorListPlanTests(CaseFixture fixture) : IClassFixture<CaseFixture>
{
    private static readonly string?[] Sortings = [null, "creationTime", "code", "code desc", "subject", "subject desc", "state", "onSiteStart", "onSiteStart desc"];

    [Fact]
    public async Task Should_give_an_inspector_the_same_pages_and_inbox_whichever_plan_reads_their_cases()
    {
        foreach (var state in new[] { CaseStates.Planned, CaseStates.Decided, CaseStates.OnSite, CaseStates.Decided, CaseStates.Reporting })
            await fixture.CaseIn(state); // inspector2 on the team
        foreach (var state in new[] { CaseStates.Decided, CaseStates.OnSite })
            await fixture.CaseIn(state, withSecondInspector: false); // not theirs
        var inspector2 = await fixture.UserIdAsync("inspector2");
        var everything = await AllPagesAsync("supervisor", new GetCaseListInput());
        var theirCases = new HashSet<Guid>();
        foreach (var id in everything)
            if ((await fixture.Get(id)).Team.Any(m => m.UserId == inspector2)) theirCases.Add(id);
        theirCases.Count.ShouldBeGreaterThanOrEqualTo(5);
        theirCases.Count.ShouldBeLessThan(everything.Count);
        var options = fixture.Services.GetRequiredService<CaseListOptions>();

        var answers = new List<string>();
        foreach (var few in new[] { 0, 2_000 })
        {
            options.FewViewerCases = few;
            var answer = new List<string>();
            foreach (var input in Sortings.Select(s => new GetCaseListInput { Sorting = s }).Append(new GetCaseListInput { State = CaseStates.Decided }))
            {
                // The supervisor's pages in the same order, narrowed to inspector2's cases.
                var expected = (await AllPagesAsync("supervisor", input)).Where(theirCases.Contains).ToList();
                var theirs = await AllPagesAsync("inspector2", input);
                theirs.ShouldBe(expected, $"sorting {input.Sorting}, state {input.State}, few = {few}");
                answer.Add(string.Join(",", theirs));
            }
            var inbox = await fixture.Cases("inspector2", s => s.GetInboxAsync(0, 200));
            inbox.Items.ShouldNotBeEmpty();
            inbox.Items.ShouldAllBe(t => theirCases.Contains(t.CaseId));
            answer.Add(string.Join(",", inbox.Items.Select(t => t.TaskId)));
            answers.Add(string.Join("\n", answer));
        }
        answers[0].ShouldBe(answers[1]);
        options.FewViewerCases = new CaseListOptions().FewViewerCases;
    }

    /// <summary>Every row of the list, following its pages of three.</summary>
    private async Task<List<Guid>> AllPagesAsync(string user, GetCaseListInput input)
    {
        var ids = new List<Guid>();
        PagedResultDto<CaseListItemDto> page;
        do
        {
            var from = ids.Count;
            page = await fixture.Cases(user, s => s.GetListAsync(input with { SkipCount = from, MaxResultCount = 3 }));
            ids.AddRange(page.Items.Select(c => c.Id));
        } while (page.Items.Count == 3);
        return ids;
    }
}
