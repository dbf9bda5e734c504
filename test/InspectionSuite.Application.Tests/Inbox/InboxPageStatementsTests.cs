using System.Text.RegularExpressions;
using InspectionSuite.Application.Tests.Cases;
using InspectionSuite.Cases;
using InspectionSuite.EntityFrameworkCore;
using InspectionSuite.Inbox;
using InspectionSuite.Workflows.Persistence;
using Microsoft.Extensions.DependencyInjection;
using Shouldly;
using Xunit;

namespace InspectionSuite.Application.Tests.Inbox;

/// <summary>
/// The inbox page's total is its facet counts' (exact, <see cref="InboxFacts"/>), so the runtime's page under it is asked
/// only whether each half of the inbox has a task, not to count up to a few pages ahead (a count of up to 121 pooled
/// tasks, each checked for a visible case, was the page's costliest statement under load). The API's inbox, whose total
/// is that count, still counts.
/// </summary>
public sealed class InboxPageStatementsTests(CommandCountingCaseFixture fixture) : IClassFixture<CommandCountingCaseFixture>
{
    private const string Marker = "inbox-page-statements";

    [Fact]
    public async Task Should_page_the_unfiltered_inbox_without_counting_the_runtime_inbox()
    {
        await PooledTasksAsync(30);
        var (page, commands) = await WatchAsync(sp => sp.GetRequiredService<IInboxAppService>().GetAsync(new GetInboxInput { MaxResultCount = 20 }));

        page.Items.Count.ShouldBe(20);
        page.TotalCount.ShouldBeGreaterThanOrEqualTo(30);
        commands.ShouldContain(c => c.Contains("FROM \"WfHumanTasks\"") && c.Contains("ORDER BY \"w\".\"DueAtUtc\""), "the page is the runtime's index walk");
        var counts = CountLimits(commands);
        counts.ShouldNotBeEmpty(string.Join("\n---\n", commands));
        counts.ShouldAllBe(limit => limit == 1, string.Join("\n---\n", commands));
    }

    [Fact]
    public async Task Should_count_the_api_inbox_up_to_a_few_pages_ahead()
    {
        await PooledTasksAsync(30);
        var (page, commands) = await WatchAsync(sp => sp.GetRequiredService<ICaseAppService>().GetInboxAsync(0, 20));

        page.TotalCount.ShouldBeGreaterThanOrEqualTo(30);
        CountLimits(commands).ShouldContain(PagedCount.Limit(0, 20), string.Join("\n---\n", commands));
    }

    /// <summary>Open tasks pooled for inspector2's role on a case of their team (none yet: each test adds its own).</summary>
    private async Task PooledTasksAsync(int count)
    {
        await fixture.ExecuteSqlAsync($"DELETE FROM WfHumanTasks WHERE Name = '{Marker}'");
        var c = await fixture.CaseIn(CaseStates.Decided);
        var start = fixture.Clock.GetUtcNow().UtcDateTime;
        await fixture.RunAsAsync("admin", async sp =>
        {
            var cases = sp.GetRequiredService<IRepository<InspectionCase>>();
            var instance = (await cases.FirstOrDefaultAsync(cases.Query().Where(x => x.Id == c.Id).Select(x => x.WorkflowInstanceId)))!.Value;
            var db = sp.GetRequiredService<InspectionSuiteDbContext>();
            db.Set<WorkflowHumanTask>().AddRange(Enumerable.Range(0, count).Select(i => new WorkflowHumanTask
            {
                Id = Guid.NewGuid(), InstanceId = instance, CorrelationId = "", Name = Marker, State = "Any", AssigneeRole = "Inspector",
                DueAtUtc = start.AddHours(i), CreatedAtUtc = start, Status = HumanTaskStatus.Open,
            }));
            await db.SaveChangesAsync();
        });
    }

    /// <summary>What inspector2's request reads, read the way a user on many cases is (their cases probed per task).</summary>
    private async Task<(T Result, List<string> Commands)> WatchAsync<T>(Func<IServiceProvider, Task<T>> read)
    {
        var plans = fixture.Services.GetRequiredService<CaseListOptions>();
        var few = plans.FewViewerCases;
        plans.FewViewerCases = 0;
        try
        {
            return await fixture.RunAsAsync("inspector2", async sp =>
            {
                var context = sp.GetRequiredService<InspectionSuiteDbContext>();
                var commands = fixture.Recorder.Watch(context, withParameters: true);
                var result = await read(sp);
                fixture.Recorder.Stop(context);
                return (result, commands);
            });
        }
        finally { plans.FewViewerCases = few; }
    }

    /// <summary>The row limit of each statement that counts open tasks with a limit (the runtime inbox's counts).</summary>
    private static List<int> CountLimits(IEnumerable<string> commands) =>
        commands.Where(c => c.StartsWith("SELECT COUNT(*)") && c.Contains("FROM \"WfHumanTasks\""))
            .Select(c => (Command: c, Limit: Regex.Match(c, @"LIMIT (@\w+)")))
            .Where(x => x.Limit.Success)
            .Select(x => int.Parse(Regex.Match(x.Command, Regex.Escape(x.Limit.Groups[1].Value) + @"=(\d+)").Groups[1].Value))
            .ToList();
}
