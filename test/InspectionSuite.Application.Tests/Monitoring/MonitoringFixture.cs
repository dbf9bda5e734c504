using InspectionSuite.Application.Tests.Planning;
using InspectionSuite.Cases;
using InspectionSuite.Monitoring;
using InspectionSuite.Organization;
using Microsoft.Extensions.DependencyInjection;

namespace InspectionSuite.Application.Tests.Monitoring;

/// <summary>The real app over SQLite with a settable clock; the demo unit representative speaks for unit P01.</summary>
public class MonitoringFixture : PlanningFixture
{
    public Task<T> Reports<T>(string user, Func<IUnitKpiReportAppService, Task<T>> work)
        => RunAsAsync(user, sp => work(sp.GetRequiredService<IUnitKpiReportAppService>()));

    public Task<T> Plans<T>(string user, Func<IUnitPlanAppService, Task<T>> work)
        => RunAsAsync(user, sp => work(sp.GetRequiredService<IUnitPlanAppService>()));

    public Task<Unit> UnitAsync(string code)
        => RunAsAsync("admin", async sp =>
        {
            var units = sp.GetRequiredService<IRepository<Unit>>();
            return (await units.FirstOrDefaultAsync(units.Query().Where(u => u.Code == code)))!;
        });

    public static Dictionary<string, Dictionary<string, long>> Body(params (string Code, long First, long Second)[] rows)
        => rows.ToDictionary(r => r.Code, r =>
        {
            var i = KpiIndicators.Find(r.Code)!;
            return new Dictionary<string, long> { [i.NumeratorFigure] = r.First, [i.DenominatorFigure] = r.Second };
        });

    public static SubmitUnitPlanDto PlanFile(DateOnly issuedOn, string name = "ke-hoach.pdf")
        => new(issuedOn, new FileUploadDto(name, "application/pdf", 12, new MemoryStream("%PDF-1.4 abc"u8.ToArray())));
}
