using InspectionSuite.Cases;
using InspectionSuite.Organization;
using InspectionSuite.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Shouldly;
using Xunit;

namespace InspectionSuite.EntityFrameworkCore.Tests.Cases;

/// <summary>
/// The case repository's query plans: for each kind of visibility the per-case probe (pages, lookups) and the set form
/// (aggregates) read the same cases, and a viewer's list and inbox are the same whichever plan
/// <see cref="CaseListOptions.FewViewerCases"/> picks. The SQL keeps the shapes the indexes were made for.
/// </summary>
public sealed class EfCoreCaseRepositoryTests(AppFixture fixture) : IClassFixture<AppFixture>
{
    private sealed record World(Guid Viewer, Guid UnitId, List<Guid> Theirs, List<Guid> Others);

    private async Task<World> SeedAsync()
    {
        var viewer = Guid.NewGuid();
        return await fixture.RunAsAsync("admin", async sp =>
        {
            var db = sp.GetRequiredService<InspectionSuiteDbContext>();
            var units = await db.Units.OrderBy(u => u.Code).Select(u => u.Id).Take(2).ToListAsync();
            var theirs = new List<Guid>();
            var others = new List<Guid>();
            for (var i = 0; i < 6; i++)
            {
                var c = new InspectionCase(Guid.NewGuid(), i % 2 == 0 ? CaseKind.Inspection : CaseKind.Check, AuthorityCode.ThanhTra, units[i % 2],
                    $"Thanh tra {(char)('A' + (5 - i))} {viewer:N}", null, null, null, null, null);
                c.AttachWorkflow(Guid.NewGuid());
                db.Cases.Add(c);
                if (i < 4) { c.AssignTeam(i < 2 ? viewer : Guid.NewGuid(), i < 2 ? [] : [viewer]); theirs.Add(c.Id); }
                else { c.AssignTeam(Guid.NewGuid(), []); others.Add(c.Id); }
            }
            await db.SaveChangesAsync();
            return new World(viewer, units[0], theirs, others);
        });
    }

    private Task<T> WithRepository<T>(Func<ICaseRepository, Task<T>> work)
        => fixture.RunAsAsync("admin", sp => work(sp.GetRequiredService<ICaseRepository>()));

    [Fact]
    public async Task Should_read_the_same_cases_by_probe_and_by_set_for_every_kind_of_visibility()
    {
        var world = await SeedAsync();
        var unitId = world.UnitId;
        foreach (var visibility in new[] { CaseVisibility.Everything, CaseVisibility.Matching(c => c.UnitId == unitId), CaseVisibility.ThroughViewerRows(world.Viewer), CaseVisibility.ThroughViewerRows(Guid.NewGuid()) })
        {
            var (probed, set) = await WithRepository(async r =>
                (await r.QueryVisible(visibility).Select(c => c.Id).ToListAsync(), await r.QueryAllVisible(visibility).Select(c => c.Id).ToListAsync()));
            probed.ShouldBe(set, ignoreOrder: true);
        }
        (await WithRepository(r => r.QueryVisible(CaseVisibility.ThroughViewerRows(world.Viewer)).Select(c => c.Id).ToListAsync())).ShouldBe(world.Theirs, ignoreOrder: true);
    }

    [Fact]
    public async Task Should_probe_the_viewer_key_per_case_for_pages_and_start_from_the_viewer_rows_for_aggregates()
    {
        var (probed, set) = await WithRepository(r => Task.FromResult(
            (r.QueryVisible(CaseVisibility.ThroughViewerRows(Guid.NewGuid())).ToQueryString(), r.QueryAllVisible(CaseVisibility.ThroughViewerRows(Guid.NewGuid())).ToQueryString())));
        probed.ShouldContain("EXISTS");
        set.ShouldContain("IN (");
        set.ShouldNotContain("EXISTS");
    }

    [Fact]
    public async Task Should_give_a_viewer_the_same_list_pages_whichever_plan_reads_their_cases()
    {
        var world = await SeedAsync();
        var options = fixture.Services.GetRequiredService<CaseListOptions>();
        var viewer = CaseVisibility.ThroughViewerRows(world.Viewer);
        var inputs = new[] { null, "code", "code desc", "subject", "creationTime", "state" }.Select(s => (Filter: new CaseListFilter(), Sorting: s))
            .Append((new CaseListFilter(Text: world.Viewer.ToString("N")), "subject")).Append((new CaseListFilter(Kind: CaseKind.Check), null));
        try
        {
            foreach (var (filter, sorting) in inputs)
            {
                var pages = new List<List<Guid>>();
                foreach (var few in new[] { 0, 2_000 })
                {
                    options.FewViewerCases = few;
                    var rows = new List<Guid>();
                    for (var skip = 0; ; skip += 2)
                    {
                        var page = await WithRepository(r => r.GetListAsync(filter, viewer, new CaseListPaging(sorting, skip, 2, 100)));
                        page.Counted.ShouldBe(filter.Kind is null ? 4 : 2, $"{sorting} {filter}");
                        if (page.Rows.Count == 0) break;
                        rows.AddRange(page.Rows.Select(c => c.Id));
                    }
                    pages.Add(rows);
                }
                pages[0].ShouldBe(pages[1], $"sorting {sorting}, filter {filter}");
                // The overseer's list in the same order, narrowed to the viewer's cases.
                var everything = await WithRepository(r => r.GetListAsync(filter, CaseVisibility.Everything, new CaseListPaging(sorting, 0, 200, 1_000)));
                pages[0].ShouldBe(everything.Rows.Select(c => c.Id).Where(world.Theirs.Contains).ToList());
            }
        }
        finally
        {
            options.FewViewerCases = new CaseListOptions().FewViewerCases;
        }
    }

    [Fact]
    public async Task Should_leave_a_deleted_case_out_of_the_list_whose_rows_read_units_including_deleted_ones()
    {
        // The list joins the units with deleted ones (a case keeps its unit's name); that must not unfilter the cases.
        var world = await SeedAsync();
        var deleted = world.Others[0];
        await fixture.RunAsAsync("admin", async sp =>
        {
            var db = sp.GetRequiredService<InspectionSuiteDbContext>();
            db.Cases.Remove(await db.Cases.SingleAsync(c => c.Id == deleted));
            return await db.SaveChangesAsync();
        });
        foreach (var filter in new[] { new CaseListFilter(), new CaseListFilter(Text: world.Viewer.ToString("N")) })
        {
            var page = await WithRepository(r => r.GetListAsync(filter, CaseVisibility.Everything, new CaseListPaging("code", 0, 500, 10_000)));
            var ids = page.Rows.Select(c => c.Id).ToList();
            ids.ShouldNotContain(deleted, $"filter {filter}");
            ids.ShouldContain(world.Others[1], $"filter {filter}");
            page.Counted.ShouldBe(ids.Count, $"filter {filter}");
            if (filter.Text is not null) ids.ShouldBe(world.Theirs.Append(world.Others[1]), ignoreOrder: true);
        }
        // The same through the generic repository: units including deleted ones joined with the cases.
        var joined = await fixture.RunAsAsync("admin", sp =>
        {
            var cases = sp.GetRequiredService<IRepository<InspectionCase>>();
            var units = sp.GetRequiredService<IRepository<Unit>>();
            return (from c in cases.Query() join u in units.QueryIncludingDeleted() on c.UnitId equals u.Id where c.Subject.Contains(world.Viewer.ToString("N")) select c.Id).ToListAsync();
        });
        joined.ShouldBe(world.Theirs.Append(world.Others[1]), ignoreOrder: true);
    }

    [Fact]
    public async Task Should_load_a_visible_case_with_its_parts_and_nothing_for_an_invisible_one()
    {
        var world = await SeedAsync();
        var viewer = CaseVisibility.ThroughViewerRows(world.Viewer);
        var team = await WithRepository(async r => (await r.GetWithDetailsAsync(world.Theirs[2], viewer))?.Team.Count);
        team.ShouldBe(2);
        (await WithRepository(r => r.GetWithDetailsAsync(world.Others[0], viewer))).ShouldBeNull();
        (await WithRepository(r => r.GetWithDetailsAsync(world.Others[0], CaseVisibility.Everything))).ShouldNotBeNull();
        // The rule-free visibilities run compiled queries, a rule the LINQ one: all three narrow the same way.
        var other = world.Others[0];
        (await WithRepository(r => r.GetWithDetailsAsync(other, CaseVisibility.Matching(c => c.Id == other)))).ShouldNotBeNull().Id.ShouldBe(other);
        (await WithRepository(r => r.GetWithDetailsAsync(other, CaseVisibility.Matching(c => c.Id != other)))).ShouldBeNull();
        (await WithRepository(r => r.GetWithDetailsAsync(Guid.NewGuid(), CaseVisibility.Everything))).ShouldBeNull();
        (await WithRepository(async r => (await r.GetWithDetailsAsync(world.Theirs[2], CaseVisibility.Everything))?.Team.Count)).ShouldBe(2);
    }

    [Fact]
    public async Task Should_give_the_inbox_the_same_instances_listed_for_few_cases_or_probed_for_many()
    {
        var world = await SeedAsync();
        var options = fixture.Services.GetRequiredService<CaseListOptions>();
        var viewer = CaseVisibility.ThroughViewerRows(world.Viewer);
        try
        {
            options.FewViewerCases = 0;
            var probed = await WithRepository(async r => (await r.GetInboxInstancesAsync(viewer)) is { Listed: null, Probed: { } q } ? await q.ToListAsync() : null);
            options.FewViewerCases = 2_000;
            var listed = await WithRepository(async r => (await r.GetInboxInstancesAsync(viewer)).Listed);
            probed.ShouldNotBeNull();
            listed.ShouldNotBeNull();
            listed.ShouldBe(probed, ignoreOrder: true);
            listed.Count.ShouldBe(4);

            var cases = await WithRepository(r => r.GetInboxCasesAsync(viewer, listed));
            cases.Values.Select(c => c.Id).ShouldBe(world.Theirs, ignoreOrder: true);
            var othersInstances = await WithRepository(r => r.QueryVisible(CaseVisibility.Everything).Where(c => world.Others.Contains(c.Id)).Select(c => c.WorkflowInstanceId!.Value).ToListAsync());
            (await WithRepository(r => r.GetInboxCasesAsync(viewer, othersInstances))).ShouldBeEmpty();
        }
        finally
        {
            options.FewViewerCases = new CaseListOptions().FewViewerCases;
        }
    }
}
