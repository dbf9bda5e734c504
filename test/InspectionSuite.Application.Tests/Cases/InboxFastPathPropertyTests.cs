using CsCheck;
using InspectionSuite.Cases;
using InspectionSuite.EntityFrameworkCore;
using InspectionSuite.Inbox;
using InspectionSuite.Workflows.Persistence;
using Microsoft.Extensions.DependencyInjection;
using Shouldly;
using Xunit;

namespace InspectionSuite.Application.Tests.Cases;

/// <summary>
/// The unfiltered inbox in due order takes its page from the runtime's inbox (an index walk that stops when the page is
/// full); every other view sorts the matching rows in SQL. For any set of open and completed tasks (ties on due and
/// created time included, the caller's own and their roles' pooled tasks, cases they may and may not see), both give
/// the same pages, whichever plan reads the caller's cases (<see cref="CaseListOptions.FewViewerCases"/>), and the facet
/// counts kept in memory (<see cref="InboxFacetCache"/>) are those counted afresh once the tasks changed.
/// </summary>
public sealed class InboxFastPathPropertyTests(CaseFixture fixture) : IClassFixture<CaseFixture>
{
    private const string Marker = "inbox-fast-path-property";
    private static readonly string[] Users = ["inspector2", "supervisor", "leader"];
    private static readonly string[] Roles = ["Inspector", "Supervisor", "Leadership", "UnitRepresentative"];

    /// <summary>One generated task: which case, whose, due and created on a few instants (so ties happen), open or done.</summary>
    private sealed record GeneratedTask(int Case, int Assignee, int DueHours, int CreatedMinutes, bool Open);

    [Fact]
    public async Task Should_give_the_same_unfiltered_pages_from_the_runtime_inbox_as_from_the_sorted_query()
    {
        foreach (var state in new[] { CaseStates.Decided, CaseStates.OnSite, CaseStates.Planned })
            await fixture.CaseIn(state); // inspector2 on the team
        await fixture.CaseIn(CaseStates.Decided, withSecondInspector: false); // not theirs
        var instances = await fixture.RunAsAsync("admin", async sp =>
        {
            var cases = sp.GetRequiredService<IRepository<InspectionCase>>();
            return await cases.ToListAsync(cases.Query().Where(c => c.WorkflowInstanceId != null).Select(c => c.WorkflowInstanceId!.Value));
        });
        instances.Count.ShouldBeGreaterThanOrEqualTo(4);
        var userIds = new List<string>();
        foreach (var user in Users) userIds.Add((await fixture.UserIdAsync(user)).ToString());
        // Assignees: a user of Users (their own task) or a role (pooled), by index.
        var assignees = userIds.Count + Roles.Length;
        var start = CaseFixture.Start.UtcDateTime;
        var task = Gen.Select(Gen.Int[0, instances.Count - 1], Gen.Int[0, assignees - 1], Gen.Int[-1, 4].Select(k => k * 48),
            Gen.Int[0, 3], Gen.Int[0, 4].Select(x => x != 0), (c, a, d, m, o) => new GeneratedTask(c, a, d, m, o));
        var options = fixture.Services.GetRequiredService<InboxOptions>();
        var plans = fixture.Services.GetRequiredService<CaseListOptions>();

        try
        {
            task.Array[0, 30].Sample(generated =>
            {
                RunAsync().GetAwaiter().GetResult();

                async Task RunAsync()
                {
                    await fixture.ExecuteSqlAsync($"DELETE FROM WfHumanTasks WHERE Name = '{Marker}'");
                    await fixture.RunAsAsync("admin", async sp =>
                    {
                        var db = sp.GetRequiredService<InspectionSuiteDbContext>();
                        db.Set<WorkflowHumanTask>().AddRange(generated.Select(g => new WorkflowHumanTask
                        {
                            Id = Guid.NewGuid(), InstanceId = instances[g.Case], CorrelationId = "", Name = Marker, State = "Any",
                            AssigneeUserId = g.Assignee < userIds.Count ? userIds[g.Assignee] : null,
                            AssigneeRole = g.Assignee < userIds.Count ? null : Roles[g.Assignee - userIds.Count],
                            DueAtUtc = start.AddHours(g.DueHours), CreatedAtUtc = start.AddMinutes(g.CreatedMinutes),
                            Status = g.Open ? HumanTaskStatus.Open : HumanTaskStatus.Completed,
                        }));
                        await db.SaveChangesAsync();
                    });
                    foreach (var user in Users)
                        foreach (var few in new[] { 0, 2_000 })
                        {
                            plans.FewViewerCases = few;
                            var fast = await AllPagesAsync(user, fromRuntime: true);
                            var sorted = await AllPagesAsync(user, fromRuntime: false);
                            fast.ShouldBe(sorted, $"{user}, few = {few}, tasks: {string.Join("; ", generated.AsEnumerable())}");
                            // The facet counts kept by InboxFacetCache (read before this sample's save) are read again.
                            (await FacetsAsync(user, cached: true)).ShouldBe(await FacetsAsync(user, cached: false), $"{user}, few = {few}");
                        }
                }
            }, iter: 25, threads: 1);
        }
        finally
        {
            options.UnfilteredPagesFromRuntimeInbox = true;
            options.CacheFacets = true;
            plans.FewViewerCases = new CaseListOptions().FewViewerCases;
            await fixture.ExecuteSqlAsync($"DELETE FROM WfHumanTasks WHERE Name = '{Marker}'");
        }

        async Task<string> FacetsAsync(string user, bool cached)
        {
            options.CacheFacets = cached;
            var page = await fixture.RunAsAsync(user, sp => sp.GetRequiredService<IInboxAppService>().GetAsync(new GetInboxInput { Due = InboxDue.Later, MaxResultCount = 1 }));
            return string.Join("\n", new[] { page.Authorities, page.States, page.Due, page.Units }.SelectMany(f => f).Append(new InboxFacetDto("total", null, page.TotalCount)));
        }

        async Task<List<string>> AllPagesAsync(string user, bool fromRuntime)
        {
            options.UnfilteredPagesFromRuntimeInbox = fromRuntime;
            var rows = new List<string>();
            InboxPageDto page;
            do
            {
                var from = rows.Count;
                page = await fixture.RunAsAsync(user, sp => sp.GetRequiredService<IInboxAppService>().GetAsync(new GetInboxInput { SkipCount = from, MaxResultCount = 3 }));
                rows.AddRange(page.Items.Select(t => t.ToString()));
                rows.Count.ShouldBeLessThanOrEqualTo(page.TotalCount);
            } while (page.Items.Count == 3);
            rows.Count.ShouldBe(page.TotalCount);
            return rows.Prepend($"total {page.TotalCount}").ToList();
        }
    }
}
