using InspectionSuite.Application.Tests.Cases;
using InspectionSuite.Cases;
using InspectionSuite.Organization;
using Microsoft.Extensions.DependencyInjection;
using Xunit;

namespace InspectionSuite.Application.Tests.Documents.Integration;

/// <summary>
/// Seeds concluded inspections and checks (findings, sanctions, recoveries, checklist values) through the app services once,
/// then checks the exports and the periodic report against figures computed here with independent LINQ over the database.
/// </summary>
public sealed class ReportingFixture : CaseFixture, IAsyncLifetime
{
    public new async Task InitializeAsync()
    {
        await base.InitializeAsync();
        // Thanh tra: two concluded inspections with sanctions (one partly recovered, one overdue), one still planned.
        var a = await DocumentScenario.InspectionInConcluding(this, "P01", "Chi hội nghị vượt định mức", 30_000_000m);
        await DocumentScenario.ConcludeAndSanction(this, a, "09/KL-TTr",
            (SanctionType.Recovery, "Kế toán đơn vị", 30_000_000m, 30, 12_500_000m),
            (SanctionType.Discipline, "Chánh Văn phòng", null, -5, 0m));
        var other = await OtherUnitIdAsync();
        var otherCode = await RunAsAsync("admin", async sp =>
        {
            var units = sp.GetRequiredService<IRepository<Unit>>();
            return (await units.FirstOrDefaultAsync(units.Query().Where(u => u.Id == other).Select(u => u.Code)))!;
        });
        var b = await DocumentScenario.InspectionInConcluding(this, otherCode, "Chậm số hóa hồ sơ", 2_000_000m);
        await DocumentScenario.ConcludeAndSanction(this, b, "10/KL-TTr", (SanctionType.AdministrativeFine, "Ông Nguyễn Văn Bình", 2_000_000m, 10, 2_000_000m));
        await NewCase(CaseKind.Inspection, "P01");
        // Sở Nội vụ: two concluded checks with measured KPI values, one check still planned.
        var c1 = await DocumentScenario.CheckInConcluding(this, "P01", new Dictionary<string, (CheckResult, string)>
        {
            ["KH534-01"] = (CheckResult.NotMet, "8%"), ["KH534-02"] = (CheckResult.Met, "65% trực tuyến"), ["KH534-03"] = (CheckResult.Met, "96,5%"),
            ["KH534-04"] = (CheckResult.Met, "15%"), ["KH534-06"] = (CheckResult.Met, "ban hành 02/5/2026"), ["KH534-07"] = (CheckResult.NotMet, "chậm 3 ngày"),
        });
        await DocumentScenario.ConcludeAndSanction(this, c1, "03/TB-SNV", (SanctionType.CorrectiveRecommendation, "Văn phòng UBND phường", null, 20, 0m));
        var c2 = await DocumentScenario.CheckInConcluding(this, otherCode, new Dictionary<string, (CheckResult, string)>
        {
            ["KH534-01"] = (CheckResult.Met, "12,4%"), ["KH534-02"] = (CheckResult.NotMet, "40%"), ["KH534-03"] = (CheckResult.Met, "99%"),
            ["KH534-04"] = (CheckResult.NotApplicable, "không đánh giá"), ["KH534-06"] = (CheckResult.Met, "đúng hạn"), ["KH534-07"] = (CheckResult.Met, "đúng hạn"),
        });
        await DocumentScenario.ConcludeAndSanction(this, c2, "04/TB-SNV");
        await NewCase(CaseKind.Check, otherCode);
    }

    Task IAsyncLifetime.InitializeAsync() => InitializeAsync();

    /// <summary>Every case and unit straight from the repositories (admin scope; the demo fixture has no other cases).</summary>
    /// <summary>Every case's sanctions, by case: the cases' follow-up is its own aggregate (issue 19 item 5).</summary>
    public Task<ILookup<Guid, Sanction>> LoadSanctionsAsync()
        => RunAsAsync("admin", async sp =>
        {
            var followUps = sp.GetRequiredService<IRepository<CaseFollowUp>>();
            return (await followUps.ToListAsync(followUps.Query())).SelectMany(f => f.Sanctions).ToLookup(s => s.CaseId);
        });

    public Task<(List<InspectionCase> Cases, List<Unit> Units)> LoadAsync()
        => RunAsAsync("admin", async sp =>
        {
            var cases = sp.GetRequiredService<IRepository<InspectionCase>>();
            var units = sp.GetRequiredService<IRepository<Unit>>();
            return (await cases.ToListAsync(cases.Query()), await units.ToListAsync(units.Query()));
        });
}
