using System.Text.Json;
using InspectionSuite.EntityFrameworkCore;
using InspectionSuite.Monitoring;
using InspectionSuite.Permissions;
using Microsoft.Extensions.DependencyInjection;
using Shouldly;
using Xunit;

namespace InspectionSuite.Application.Tests.Monitoring;

/// <summary>
/// The /Monitoring trend (issue 15, dashboard): the province for every period of the year from one read of the register
/// and one of the year's reports — before, two queries per period — and the same figures as the period-by-period read.
/// </summary>
public sealed class ProvinceTrendQueryTests(CommandCountingMonitoringFixture fixture) : IClassFixture<CommandCountingMonitoringFixture>
{
    [Fact]
    public async Task Should_read_the_years_trend_in_two_queries_with_the_figures_of_each_period()
    {
        var p01 = await fixture.UnitAsync(InspectionSuite.Seeding.DataSeeder.DemoRepresentativeUnitCode);
        fixture.Time.SetDate(2036, 3, 10);
        await fixture.Reports("unitrep", s => s.SubmitAsync(p01.Id, "2036-Q1", MonitoringFixture.Body(("MEETINGS_ONLINE", 6, 10), ("TTHC_ONLINE", 96, 100))));
        fixture.Time.SetDate(2036, 6, 10);
        await fixture.Reports("unitrep", s => s.SubmitAsync(p01.Id, "2036-H1", MonitoringFixture.Body(("MEETINGS_ONLINE", 11, 20))));
        await fixture.Reports("supervisor", s => s.ReturnAsync(p01.Id, "2036-H1", new ReturnKpiReportDto("Thiếu số liệu")));
        fixture.Time.SetDate(2036, 12, 20); // every period of the year is due

        var (trend, queries) = await fixture.RunAsAsync("supervisor", async sp =>
        {
            var context = sp.GetRequiredService<InspectionSuiteDbContext>();
            // Permission grants are shared between requests for a while (PermissionGrantCache): not counted here.
            await sp.GetRequiredService<IPermissionChecker>().GetGrantedAsync();
            var commands = fixture.Recorder.Watch(context);
            var result = await sp.GetRequiredService<IUnitKpiReportAppService>().GetProvinceTrendAsync(2036);
            fixture.Recorder.Stop(context);
            return (result, commands);
        });
        // The register and the year's reports: the same two queries for six periods.
        queries.Count.ShouldBe(2, string.Join("\n---\n", queries));

        trend.Select(t => t.Period).ShouldBe(MonitoringOptions.PeriodsOf(2036).Select(p => p.ToString()));
        foreach (var period in trend)
        {
            var one = await fixture.Reports("supervisor", s => s.GetProvinceAsync(period.Period));
            JsonSerializer.Serialize(period).ShouldBe(JsonSerializer.Serialize(one), period.Period);
        }
        trend.Single(t => t.Period == "2036-Q1").Indicators.Single(i => i.Code == "TTHC_ONLINE").Percent.ShouldBe(96m);
        trend.Single(t => t.Period == "2036-H1").UnitsReturned.ShouldBe(1);
    }
}
