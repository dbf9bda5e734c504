using InspectionSuite.Application.Tests.Cases;
using InspectionSuite.Cases;
using InspectionSuite.EntityFrameworkCore;
using InspectionSuite.Oversight;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Shouldly;
using Xunit;

namespace InspectionSuite.Application.Tests.Oversight;

/// <summary>
/// The sanctions dashboard's overdue figure (quá hạn: not done, not carried over, its deadline passed), read since 333a3c2
/// from one GROUP BY whose key includes the overdue flag. Overdue and not-overdue sanctions of the dashboard's year, and
/// sanctions that must not count at all: a cancelled case's, another year's. A database of its own (the clock moves a year).
/// </summary>
public sealed class SanctionDashboardOverdueTests(CaseFixture fixture) : IClassFixture<CaseFixture>
{
    [Fact]
    public async Task Should_count_as_overdue_only_the_years_open_sanctions_past_their_deadline()
    {
        var start = fixture.Today; // 1 June 2026
        var soon = start.AddDays(10);

        // 2026, Thanh tra on P01: concluded (and published) today.
        var a = await Sanctioning();
        var issuedLate = await Issue(a.Id, soon);                        // Issued, deadline passes: overdue
        var doneLate = await Issue(a.Id, soon);                          // confirmed done: not overdue
        var inProgressLate = await Issue(a.Id, soon);                    // partly done (in progress): overdue
        var claimedLate = await Issue(a.Id, soon);                       // the unit says done, not confirmed yet: overdue
        await Issue(a.Id, new DateOnly(2027, 12, 31));                   // deadline not reached: not overdue
        await Report(a.Id, doneLate.Id, ImplementationStatus.Done);
        var stamp = (await fixture.Get(a.Id)).ConcurrencyStamp;
        await fixture.RunAsAsync("inspector", sp => sp.GetRequiredService<IFollowUpAppService>()
            .ConfirmImplementationAsync(a.Id, doneLate.Id, new ConfirmImplementationDto(stamp)));
        await Report(a.Id, inProgressLate.Id, ImplementationStatus.PartlyDone);
        await Report(a.Id, claimedLate.Id, ImplementationStatus.Done);

        // 2026, a case whose sanction is late but which is cancelled afterwards: never counted. The workflow cancels
        // nothing after publication, so the state is set in the database, as a data correction would leave it.
        var cancelled = await Sanctioning();
        await Issue(cancelled.Id, soon);
        await fixture.RunAsAsync("admin", sp => sp.GetRequiredService<InspectionSuiteDbContext>().Set<InspectionCase>()
            .Where(c => c.Id == cancelled.Id).ExecuteUpdateAsync(s => s.SetProperty(c => c.State, CaseStates.Cancelled)));

        // 2027: a case concluded on 1 March with a sanction due ten days later.
        fixture.Clock.Advance(new DateTimeOffset(2027, 3, 1, 2, 0, 0, TimeSpan.Zero) - fixture.Clock.GetUtcNow());
        var c2027 = await Sanctioning();
        await Issue(c2027.Id, fixture.Today.AddDays(10));

        var before2027Deadline = await Dashboard(2027);
        before2027Deadline.Implementation.Overdue.ShouldBe(0); // 1 March 2027: due on 11 March
        (await Dashboard(2026)).Implementation.Overdue.ShouldBe(3);

        fixture.Clock.Advance(TimeSpan.FromDays(30)); // 31 March 2027
        var y2026 = await Dashboard(2026);
        var y2027 = await Dashboard(2027);
        y2026.Implementation.Overdue.ShouldBe(3); // issuedLate, inProgressLate, claimedLate
        y2027.Implementation.Overdue.ShouldBe(1);
        y2026.Implementation.Total.ShouldBe(5);   // the cancelled case's sanction is not one of the year's at all
        y2027.Implementation.Total.ShouldBe(1);

        // The same figure straight from the aggregates.
        var today = fixture.Today;
        var expected = await fixture.RunAsAsync("admin", async sp =>
        {
            var cases = sp.GetRequiredService<IRepository<InspectionCase>>();
            var followUps = sp.GetRequiredService<IRepository<CaseFollowUp>>();
            var sanctionsOf = (await followUps.ToListAsync(followUps.Query())).SelectMany(f => f.Sanctions).ToLookup(s => s.CaseId);
            return (await cases.ToListAsync(cases.Query())).Where(c => c.State != CaseStates.Cancelled && c.Conclusion.Date?.Year == 2026)
                .SelectMany(c => sanctionsOf[c.Id])
                .Count(s => s.Status != SanctionStatus.Done && s.Status != SanctionStatus.CarriedOver && s.Deadline < today);
        });
        y2026.Implementation.Overdue.ShouldBe(expected);
    }

    private async Task<CaseDto> Sanctioning()
    {
        var c = await fixture.CaseIn(CaseStates.Published, CaseKind.Inspection, "P01");
        return await fixture.Fire(c.Id, CaseTriggers.StartSanctioning, "inspector");
    }

    private async Task<SanctionDto> Issue(Guid caseId, DateOnly deadline)
    {
        var current = await fixture.Get(caseId);
        return await fixture.RunAsAsync("inspector", sp => sp.GetRequiredService<ISanctionAppService>()
            .IssueAsync(caseId, new IssueSanctionDto(SanctionType.AdministrativeFine, "Đơn vị", 1_000_000m, deadline, "Thủ trưởng", current.ConcurrencyStamp)));
    }

    private async Task Report(Guid caseId, Guid sanctionId, ImplementationStatus status)
    {
        var current = await fixture.Get(caseId);
        await fixture.RunAsAsync("unitrep", sp => sp.GetRequiredService<IFollowUpAppService>()
            .ReportImplementationAsync(caseId, new ReportImplementationDto(sanctionId, status, status == ImplementationStatus.Done ? 1_000_000m : 500_000m, null, current.ConcurrencyStamp)));
    }

    private Task<SanctionDashboardDto> Dashboard(int year)
        => fixture.RunAsAsync("leader", sp => sp.GetRequiredService<IOversightAppService>().GetSanctionDashboardAsync(new GetSanctionDashboardInput(year, null)));
}
