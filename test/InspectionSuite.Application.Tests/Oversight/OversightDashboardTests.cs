using InspectionSuite.Application.Tests.Cases;
using InspectionSuite.Cases;
using InspectionSuite.Organization;
using InspectionSuite.Oversight;
using Microsoft.Extensions.DependencyInjection;
using Shouldly;
using Xunit;

namespace InspectionSuite.Application.Tests.Oversight;

/// <summary>Seeds concluded cases with sanctions through the app services, then checks every dashboard figure against the same figure computed from the aggregates.</summary>
public sealed class OversightDashboardTests(CaseFixture fixture) : IClassFixture<CaseFixture>, IAsyncLifetime
{
    private static bool _seeded;
    private static readonly SemaphoreSlim Gate = new(1, 1);

    public async Task InitializeAsync()
    {
        await Gate.WaitAsync();
        try
        {
            if (_seeded) return;
            // Thanh tra on P01: a recovery (12M, 5M recovered) and a fine (3M, done).
            var a = await fixture.CaseIn(CaseStates.Published, CaseKind.Inspection, "P01");
            a = await fixture.Fire(a.Id, CaseTriggers.StartSanctioning, "inspector");
            var recovery = await Issue(a, SanctionType.Recovery, 12_000_000m);
            var fine = await Issue(a, SanctionType.AdministrativeFine, 3_000_000m);
            a = await fixture.Fire(a.Id, CaseTriggers.StartFollowUp, "inspector");
            await Report(a.Id, recovery.Id, ImplementationStatus.PartlyDone, 5_000_000m);
            await Report(a.Id, fine.Id, ImplementationStatus.Done, 3_000_000m);
            // The unit's "done" counts once the team confirms it (issue 14).
            var stamp = (await fixture.Get(a.Id)).ConcurrencyStamp;
            await fixture.RunAsAsync("inspector", sp => sp.GetRequiredService<IFollowUpAppService>()
                .ConfirmImplementationAsync(a.Id, fine.Id, new ConfirmImplementationDto(stamp)));
            // Nội vụ check on another unit: a recommendation without money.
            var other = await fixture.OtherUnitIdAsync();
            var otherCode = await fixture.RunAsAsync("admin", async sp => (await sp.GetRequiredService<IUnitAppService>().GetAsync(other)).Code);
            // (noi-vu.check v2: the kiến nghị comes with the conclusion notice, answering a criterion.)
            var b = await fixture.CaseIn(CaseStates.Concluding, CaseKind.Check, otherCode);
            await fixture.RunAsAsync("leader", sp => sp.GetRequiredService<ICheckAppService>().RecordOutcomeAsync(b.Id,
                new RecordCheckOutcomeDto(SanctionType.CorrectiveRecommendation, "Đơn vị", "Thủ trưởng", fixture.Today.AddDays(30), null, "KH534-01", b.ConcurrencyStamp)));
            b = await fixture.Get(b.Id);
            b = await fixture.Cases("leader", s => s.RecordConclusionAsync(b.Id, new RecordConclusionDto("09/TB-SNV", fixture.Today, "Giám đốc Sở Nội vụ", "Thông báo kết luận kiểm tra.", b.ConcurrencyStamp)));
            b = await fixture.Fire(b.Id, CaseTriggers.IssueConclusionNotice, "leader");
            // Not concluded: never counted.
            await fixture.NewCase(CaseKind.Inspection, "P02");
            _seeded = true;
        }
        finally { Gate.Release(); }
    }

    public Task DisposeAsync() => Task.CompletedTask;

    private async Task<SanctionDto> Issue(CaseDto c, SanctionType type, decimal? amount)
    {
        var current = await fixture.Get(c.Id);
        return await fixture.RunAsAsync("inspector", sp => sp.GetRequiredService<ISanctionAppService>()
            .IssueAsync(c.Id, new IssueSanctionDto(type, "Đơn vị", amount, fixture.Today.AddDays(30), "Thủ trưởng", current.ConcurrencyStamp)));
    }

    private async Task Report(Guid caseId, Guid sanctionId, ImplementationStatus status, decimal recovered)
    {
        var current = await fixture.Get(caseId);
        await fixture.RunAsAsync("unitrep", sp => sp.GetRequiredService<IFollowUpAppService>()
            .ReportImplementationAsync(caseId, new ReportImplementationDto(sanctionId, status, recovered, null, current.ConcurrencyStamp)));
    }

    private Task<SanctionDashboardDto> Dashboard(AuthorityCode? authority = null, int year = 2026)
        => fixture.RunAsAsync("leader", sp => sp.GetRequiredService<IOversightAppService>().GetSanctionDashboardAsync(new GetSanctionDashboardInput(year, authority)));

    /// <summary>The figures straight from the aggregates (all parts loaded), filtered in memory.</summary>
    private Task<(List<InspectionCase> Cases, List<Unit> Units, ILookup<Guid, Sanction> SanctionsOf)> Direct()
        => fixture.RunAsAsync("admin", async sp =>
        {
            var cases = sp.GetRequiredService<IRepository<InspectionCase>>();
            var units = sp.GetRequiredService<IRepository<Unit>>();
            var followUps = sp.GetRequiredService<IRepository<CaseFollowUp>>();
            var sanctionsOf = (await followUps.ToListAsync(followUps.Query())).SelectMany(f => f.Sanctions).ToLookup(s => s.CaseId);
            return (await cases.ToListAsync(cases.Query()), await units.ToListAsync(units.Query()), sanctionsOf);
        });

    [Fact]
    public async Task Should_compute_every_figure_equal_to_the_seeded_data()
    {
        var d = await Dashboard();
        var (all, units, sanctionsOf) = await Direct();
        var concluded = all.Where(c => c.State != CaseStates.Cancelled && c.Conclusion.Date?.Year == 2026).ToList();
        var sanctions = concluded.SelectMany(c => sanctionsOf[c.Id].Select(s => (Case: c, Sanction: s))).ToList();

        d.CasesConcluded.ShouldBe(concluded.Count);
        d.Sanctions.ShouldBe(sanctions.Count);
        d.AmountDecidedVnd.ShouldBe(sanctions.Sum(x => x.Sanction.AmountVnd ?? 0));
        d.AmountRecoveredVnd.ShouldBe(sanctions.Sum(x => x.Sanction.AmountRecoveredVnd));
        d.AmountRecoveredVnd.ShouldBeGreaterThanOrEqualTo(8_000_000m);

        foreach (var group in sanctions.GroupBy(x => x.Sanction.Type))
        {
            var figure = d.ByType.Single(t => t.Type == group.Key);
            figure.Count.ShouldBe(group.Count());
            figure.AmountDecidedVnd.ShouldBe(group.Sum(x => x.Sanction.AmountVnd ?? 0));
            figure.AmountRecoveredVnd.ShouldBe(group.Sum(x => x.Sanction.AmountRecoveredVnd));
        }
        d.ByType.Count.ShouldBe(sanctions.Select(x => x.Sanction.Type).Distinct().Count());

        foreach (var group in concluded.GroupBy(c => c.Authority))
        {
            var figure = d.ByAuthority.Single(a => a.Authority == group.Key);
            figure.Cases.ShouldBe(group.Count());
            figure.Sanctions.ShouldBe(group.Sum(c => sanctionsOf[c.Id].Count()));
            figure.AmountDecidedVnd.ShouldBe(group.Sum(c => sanctionsOf[c.Id].Sum(s => s.AmountVnd ?? 0)));
        }

        foreach (var group in sanctions.GroupBy(x => x.Case.UnitId))
        {
            var figure = d.ByUnit.Single(u => u.UnitId == group.Key);
            figure.Sanctions.ShouldBe(group.Count());
            figure.UnitCode.ShouldBe(units.Single(u => u.Id == group.Key).Code);
        }

        d.Implementation.Total.ShouldBe(sanctions.Count);
        d.Implementation.Done.ShouldBe(sanctions.Count(x => x.Sanction.Status == SanctionStatus.Done));
        d.Implementation.InProgress.ShouldBe(sanctions.Count(x => x.Sanction.Status == SanctionStatus.InProgress));
        d.Implementation.Done.ShouldBeGreaterThanOrEqualTo(1);
        d.Implementation.Rate.ShouldBe(d.Implementation.Done / (double)d.Implementation.Total, 1e-9);

        for (var q = 1; q <= 4; q++)
        {
            var inQuarter = concluded.Where(c => (c.Conclusion.Date!.Value.Month + 2) / 3 == q).ToList();
            var figure = d.ByQuarter.Single(x => x.Quarter == q);
            figure.Cases.ShouldBe(inQuarter.Count);
            figure.Sanctions.ShouldBe(inQuarter.Sum(c => sanctionsOf[c.Id].Count()));
        }
        d.ByQuarter.Sum(q => q.Cases).ShouldBe(d.CasesConcluded);

        var from = new DateOnly(2026, 1, 1);
        var to = new DateOnly(2026, 12, 31);
        var valid = units.Where(u => (u.ValidFrom is null || u.ValidFrom <= to) && (u.ValidTo is null || u.ValidTo >= from)).ToList();
        foreach (var stratum in Enum.GetValues<Stratum>())
        {
            var inStratum = valid.Where(u => u.Stratum == stratum).Select(u => u.Id).ToHashSet();
            var covered = concluded.Select(c => c.UnitId).Where(inStratum.Contains).Distinct().Count();
            var figure = d.Coverage.Single(c => c.Stratum == stratum);
            figure.UnitsValid.ShouldBe(inStratum.Count);
            figure.UnitsCovered.ShouldBe(covered);
            figure.Target.ShouldBe((int)Math.Ceiling(0.2 * inStratum.Count));
            figure.TargetMet.ShouldBe(covered >= figure.Target);
        }
        d.Years.ShouldContain(2026);
        // Every year from the first conclusion to the last is offered, newest first.
        var years = all.Where(c => c.Conclusion.Date is not null).Select(c => c.Conclusion.Date!.Value.Year).ToList();
        for (var y = years.Min(); y <= years.Max(); y++) d.Years.ShouldContain(y);
        d.Years.ShouldBe(d.Years.OrderDescending().ToList());
    }

    [Fact]
    public async Task Should_filter_by_authority_and_year()
    {
        var (all, _, _) = await Direct();
        var noiVu = await Dashboard(AuthorityCode.NoiVu);
        noiVu.CasesConcluded.ShouldBe(all.Count(c => c.Authority == AuthorityCode.NoiVu && c.State != CaseStates.Cancelled && c.Conclusion.Date?.Year == 2026));
        noiVu.ByAuthority.ShouldAllBe(a => a.Authority == AuthorityCode.NoiVu);
        noiVu.ByType.ShouldAllBe(t => t.Type == SanctionType.CorrectiveRecommendation);

        var empty = await Dashboard(year: 2019);
        empty.CasesConcluded.ShouldBe(0);
        empty.Sanctions.ShouldBe(0);
        empty.Implementation.Rate.ShouldBe(0);
        empty.Coverage.ShouldAllBe(c => c.UnitsCovered == 0);
    }

    [Fact]
    public async Task Should_drill_down_to_the_cases_behind_a_figure()
    {
        var recovery = await fixture.RunAsAsync("leader", sp => sp.GetRequiredService<ICaseAppService>().GetListAsync(new GetCaseListInput
        {
            SanctionType = SanctionType.Recovery, ConcludedFrom = new DateOnly(2026, 1, 1), ConcludedTo = new DateOnly(2026, 12, 31),
        }));
        var d = await Dashboard();
        recovery.TotalCount.ShouldBe(1);
        recovery.TotalCount.ShouldBeLessThanOrEqualTo(d.ByType.Single(t => t.Type == SanctionType.Recovery).Count);
        recovery.Items[0].UnitCode.ShouldBe("P01");

        var local = await fixture.RunAsAsync("leader", sp => sp.GetRequiredService<ICaseAppService>().GetListAsync(new GetCaseListInput
        {
            Stratum = Stratum.Local, ConcludedFrom = new DateOnly(2026, 1, 1), ConcludedTo = new DateOnly(2026, 12, 31),
        }));
        local.TotalCount.ShouldBe(d.Coverage.Single(c => c.Stratum == Stratum.Local).UnitsCovered);
    }

    [Fact]
    public async Task Should_show_each_inspectors_open_case_load()
    {
        var load = await fixture.RunAsAsync("supervisor", sp => sp.GetRequiredService<IOversightAppService>().GetInspectorLoadAsync());
        var (all, _, _) = await Direct();
        var inspectorId = await fixture.UserIdAsync("inspector");
        var inspector = load.Single(l => l.UserName == "inspector");
        inspector.OpenCases.ShouldBe(all.Count(c => !c.IsFinal && c.HasTeamMember(inspectorId)));
        inspector.LeadingCases.ShouldBe(all.Count(c => !c.IsFinal && c.TeamLeaderId == inspectorId));
        inspector.OpenCases.ShouldBeGreaterThanOrEqualTo(3);
        load.ShouldContain(l => l.UserName == "inspector2");
        load.ShouldNotContain(l => l.UserName == "supervisor"); // inspectors only
    }

    [Theory]
    [InlineData("inspector")]
    [InlineData("supervisor")]
    [InlineData("unitrep")]
    public async Task Should_refuse_the_dashboard_without_the_sanction_reports_permission(string user)
        => await Should.ThrowAsync<ForbiddenException>(() => fixture.RunAsAsync(user, sp =>
            sp.GetRequiredService<IOversightAppService>().GetSanctionDashboardAsync(new GetSanctionDashboardInput(2026))));

    [Theory]
    [InlineData("leader")]
    [InlineData("inspector")]
    public async Task Should_refuse_the_supervisor_read_models_to_others(string user)
    {
        await Should.ThrowAsync<ForbiddenException>(() => fixture.RunAsAsync(user, sp => sp.GetRequiredService<IOversightAppService>().GetInspectorLoadAsync()));
        await Should.ThrowAsync<ForbiddenException>(() => fixture.RunAsAsync(user, sp => sp.GetRequiredService<IOversightAppService>().GetOverdueBoardAsync(new GetOverdueBoardInput())));
    }
}
