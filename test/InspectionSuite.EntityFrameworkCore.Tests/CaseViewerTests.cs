using CsCheck;
using InspectionSuite.Cases;
using InspectionSuite.Organization;
using InspectionSuite.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Shouldly;
using Xunit;

namespace InspectionSuite.EntityFrameworkCore.Tests;

/// <summary>
/// <see cref="CaseViewer"/> is a read model the DbContext keeps: after any save, its rows are exactly the team members and
/// re-check inspectors of the cases that are not deleted, with each case's instance, creation time and code.
/// </summary>
public sealed class CaseViewerTests : IAsyncLifetime
{
    private readonly AppFixture fixture = new();
    public Task InitializeAsync() => fixture.InitializeAsync();
    public Task DisposeAsync() => fixture.DisposeAsync();

    // One step: 0 replace the team, 1 order a re-check (the case moves to follow-up first), 2 delete the case, 3 attach a
    // workflow instance; on case 0-2, with users picked from four.
    private static readonly Gen<(int Op, int Case, int[] Users)> Step = Gen.Select(Gen.Int[0, 3], Gen.Int[0, 2], Gen.Int[0, 3].Array[1, 4]);

    [Fact]
    public async Task Should_keep_the_viewers_equal_to_teams_and_re_check_inspectors_of_live_cases_after_any_sequence_of_saves()
    {
        var unitId = await fixture.RunAsAsync("admin", sp => sp.GetRequiredService<InspectionSuiteDbContext>().Units.Select(u => u.Id).FirstAsync());
        await Step.Array[1, 12].SampleAsync(async steps =>
        {
            var users = Enumerable.Range(0, 4).Select(_ => Guid.NewGuid()).ToArray(); // each sample has its own people and cases
            var caseIds = Enumerable.Range(0, 3).Select(_ => Guid.NewGuid()).ToArray();
            await Save(db =>
            {
                foreach (var id in caseIds) db.Cases.Add(new InspectionCase(id, CaseKind.Inspection, AuthorityCode.ThanhTra, unitId, "Thanh tra công vụ", null, null, null, null, null));
            });
            foreach (var (op, index, picked) in steps)
            {
                var who = picked.Select(i => users[i]).ToArray();
                await Save(async db =>
                {
                    // Deleting and attaching load the case alone: its team and re-checks are not tracked then.
                    var c = op is 0 or 1
                        ? await db.Cases.Include(x => x.Team).FirstOrDefaultAsync(x => x.Id == caseIds[index])
                        : await db.Cases.FirstOrDefaultAsync(x => x.Id == caseIds[index]);
                    if (c is null) return; // deleted by an earlier step
                    switch (op)
                    {
                        case 0 when c.State != CaseStates.FollowUp:
                            c.AssignTeam(who[0], who.Skip(1).ToList());
                            break;
                        case 1:
                            if (c.State != CaseStates.FollowUp) c.EnterState(CaseStates.FollowUp, Guid.NewGuid(), new DateOnly(2026, 6, 1));
                            // Re-checks are the case's follow-up, its own aggregate (issue 19 item 5), added with its first one.
                            var f = await db.CaseFollowUps.FirstOrDefaultAsync(x => x.Id == c.Id);
                            if (f is null) db.CaseFollowUps.Add(f = new CaseFollowUp(c.Id));
                            CaseFollowUpManager.OrderReCheck(c, f, $"{f.ReChecks.Count + 1}/QĐ-TTr", new DateOnly(2026, 6, 1), "Kiểm tra lại", null, who, null);
                            break;
                        case 2:
                            db.Cases.Remove(c); // a soft delete
                            break;
                        case 3:
                            c.AttachWorkflow(Guid.NewGuid());
                            break;
                    }
                });
                await ShouldMatchDerivedRowsAsync(caseIds);
            }
        }, iter: 40);
    }

    private Task Save(Action<InspectionSuiteDbContext> change) => Save(db => { change(db); return Task.CompletedTask; });

    private Task Save(Func<InspectionSuiteDbContext, Task> change)
        => fixture.RunAsAsync("admin", async sp =>
        {
            var db = sp.GetRequiredService<InspectionSuiteDbContext>();
            await change(db);
            await db.SaveChangesAsync();
        });

    private Task ShouldMatchDerivedRowsAsync(Guid[] caseIds)
        => fixture.RunAsAsync("admin", async sp =>
        {
            var db = sp.GetRequiredService<InspectionSuiteDbContext>();
            var cases = await db.Cases.IgnoreQueryFilters().Where(c => caseIds.Contains(c.Id))
                .Include(c => c.Team).AsNoTracking().ToListAsync();
            var reChecksOf = (await db.CaseFollowUps.Where(f => caseIds.Contains(f.Id)).AsNoTracking().ToListAsync()).ToDictionary(f => f.CaseId, f => f.ReChecks);
            var expected = cases.Where(c => !c.IsDeleted)
                .SelectMany(c => c.Team.Select(m => m.UserId).Concat(reChecksOf.GetValueOrDefault(c.Id, []).SelectMany(r => r.Inspectors).Select(i => i.UserId)).Distinct()
                    .Select(u => $"{u}|{c.Id}|{c.WorkflowInstanceId}|{c.CreationTime:O}|{c.Code}"))
                .Order().ToList();
            var actual = (await db.CaseViewers.Where(v => caseIds.Contains(v.CaseId)).AsNoTracking().ToListAsync())
                .Select(v => $"{v.UserId}|{v.CaseId}|{v.InstanceId}|{v.CreationTime:O}|{v.Code}").Order().ToList();
            actual.ShouldBe(expected);
        });
}
