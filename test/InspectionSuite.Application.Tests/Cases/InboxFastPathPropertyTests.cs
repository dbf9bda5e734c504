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
/// counts kept in memory (<see cref="InboxFacetCache"/>, and per filters in <see cref="InboxFacts"/>) are those counted
/// afresh once the tasks changed and as the clock passes the tasks' due times; the unit facet's top list is the head of
/// the whole list, and the unit search finds what the whole list holds.
/// </summary>
public sealed class InboxFastPathPropertyTests(CaseFixture fixture) : IClassFixture<CaseFixture>
{
    private const string Marker = "inbox-fast-path-property";
    private static readonly string[] Users = ["inspector2", "supervisor", "leader"];
    private static readonly string[] Roles = ["Inspector", "Supervisor", "Leadership", "UnitRepresentative"];

    /// <summary>One generated task: which case, whose, due and created on a few instants (so ties happen), open or done.</summary>
    private sealed record GeneratedTask(int Case, int Assignee, int DueSteps, int CreatedMinutes, bool Open);

    /// <summary>The generated due times are this far apart, and the clock moves by a bit more between two comparisons of the counts.</summary>
    private static readonly TimeSpan DueStep = TimeSpan.FromSeconds(6);

    [Fact]
    public async Task Should_give_the_same_unfiltered_pages_from_the_runtime_inbox_as_from_the_sorted_query()
    {
        foreach (var (state, unit) in new[] { (CaseStates.Decided, "P01"), (CaseStates.OnSite, "P02"), (CaseStates.Planned, "P03") })
            await fixture.CaseIn(state, unitCode: unit); // inspector2 on the team; three units for the unit facet
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
        var task = Gen.Select(Gen.Int[0, instances.Count - 1], Gen.Int[0, assignees - 1], Gen.Int[-1, 4],
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
                    var start = fixture.Clock.GetUtcNow().UtcDateTime;
                    await fixture.RunAsAsync("admin", async sp =>
                    {
                        var db = sp.GetRequiredService<InspectionSuiteDbContext>();
                        db.Set<WorkflowHumanTask>().AddRange(generated.Select(g => new WorkflowHumanTask
                        {
                            Id = Guid.NewGuid(), InstanceId = instances[g.Case], CorrelationId = "", Name = Marker, State = "Any",
                            AssigneeUserId = g.Assignee < userIds.Count ? userIds[g.Assignee] : null,
                            AssigneeRole = g.Assignee < userIds.Count ? null : Roles[g.Assignee - userIds.Count],
                            DueAtUtc = start + g.DueSteps * DueStep, CreatedAtUtc = start.AddMinutes(g.CreatedMinutes),
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
                            if (few == 0) await TopUnitsAsync(user);
                        }
                    // The clock passes the due times one by one (within the cache's 30 s): the counts kept per filters follow.
                    for (var step = 0; step < 4; step++)
                    {
                        fixture.Clock.Advance(DueStep + TimeSpan.FromSeconds(1));
                        foreach (var user in Users)
                            (await FacetsAsync(user, cached: true)).ShouldBe(await FacetsAsync(user, cached: false), $"{user}, step {step}");
                    }
                }
            }, iter: 25, threads: 1);
        }
        finally
        {
            options.UnfilteredPagesFromRuntimeInbox = true;
            options.CacheFacets = true;
            options.TopUnits = new InboxOptions().TopUnits;
            plans.FewViewerCases = new CaseListOptions().FewViewerCases;
            await fixture.ExecuteSqlAsync($"DELETE FROM WfHumanTasks WHERE Name = '{Marker}'");
        }

        // The counts of several filter combinations (the second and third read the first's kept counts or their own) and a unit search.
        async Task<string> FacetsAsync(string user, bool cached)
        {
            options.CacheFacets = cached;
            var lines = new List<string>();
            foreach (var input in new[]
            {
                new GetInboxInput { MaxResultCount = 1 }, new GetInboxInput { Due = InboxDue.Later, MaxResultCount = 1 },
                new GetInboxInput { Due = InboxDue.Overdue, MaxResultCount = 1 }, new GetInboxInput { Due = InboxDue.ThisWeek, MaxResultCount = 1 },
            })
            {
                var page = await fixture.RunAsAsync(user, sp => sp.GetRequiredService<IInboxAppService>().GetAsync(input));
                lines.AddRange(new[] { page.Authorities, page.States, page.Due, page.Units }.SelectMany(f => f).Append(new InboxFacetDto("total", null, page.TotalCount))
                    .Select(f => f.ToString()).Append($"units {page.UnitCount}"));
            }
            var found = await fixture.RunAsAsync(user, sp => sp.GetRequiredService<IInboxAppService>().FindUnitsAsync(new FindInboxUnitsInput { Filter = "P0", Due = InboxDue.Overdue }));
            lines.AddRange(found.Select(f => "found " + f));
            return string.Join("\n", lines);
        }

        // The top list is the head of the whole unit list (most tasks first), the chosen unit besides; the search finds the same counts.
        async Task TopUnitsAsync(string user)
        {
            var service = (IServiceProvider sp) => sp.GetRequiredService<IInboxAppService>();
            options.TopUnits = 1_000;
            var whole = await fixture.RunAsAsync(user, sp => service(sp).GetAsync(new GetInboxInput { MaxResultCount = 1 }));
            whole.Units.Count.ShouldBe(whole.UnitCount);
            whole.Units.Sum(u => u.Count).ShouldBe(whole.TotalCount);
            whole.Units.Select(u => u.Count).ShouldBeInOrder(SortDirection.Descending);
            options.TopUnits = 1;
            var top = await fixture.RunAsAsync(user, sp => service(sp).GetAsync(new GetInboxInput { MaxResultCount = 1 }));
            top.Units.ShouldBe(whole.Units.Take(1));
            top.UnitCount.ShouldBe(whole.UnitCount);
            foreach (var unit in whole.Units)
            {
                var chosen = await fixture.RunAsAsync(user, sp => service(sp).GetAsync(new GetInboxInput { UnitId = Guid.Parse(unit.Value), MaxResultCount = 1 }));
                chosen.Units.ShouldBe(whole.Units.Take(1).Union([unit]));
                chosen.TotalCount.ShouldBe(unit.Count);
            }
            foreach (var unit in whole.Units)
            {
                var found = await fixture.RunAsAsync(user, sp => service(sp).FindUnitsAsync(new FindInboxUnitsInput { Filter = unit.Label!.ToUpperInvariant(), MaxResultCount = InboxUnitSearch.MaxTake }));
                found.ShouldContain(unit);
                found.ShouldAllBe(f => whole.Units.Contains(f));
            }
            options.TopUnits = new InboxOptions().TopUnits;
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
