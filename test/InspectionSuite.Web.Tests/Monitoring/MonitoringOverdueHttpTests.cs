using System.Net;
using System.Net.Http.Json;
using InspectionSuite.Identity;
using InspectionSuite.Monitoring;
using InspectionSuite.Web.Tests.Cases;
using InspectionSuite.Web.Tests.Infrastructure;
using Shouldly;
using Xunit;

namespace InspectionSuite.Web.Tests.Monitoring;

/// <summary>
/// Issue 15 on the overdue board page over HTTP (Sở Nội vụ's supervisor): a report returned and not resubmitted by its
/// resubmission due date (5 working days, a parameter) and the units without an implementation plan after 10/05/2026
/// are listed, each under its own kind with a count; the resubmission takes the report off. The unit sees its date.
/// </summary>
public sealed class MonitoringOverdueHttpTests(MonitoringClockHost fixture) : IClassFixture<MonitoringClockHost>
{
    private async Task<TestClient> As(string user)
    {
        var client = fixture.Host.CreateClient();
        (await client.LoginAsync(user)).StatusCode.ShouldBe(HttpStatusCode.Redirect);
        return client;
    }

    private static async Task<T> Ok<T>(HttpResponseMessage response)
    {
        if (!response.IsSuccessStatusCode) throw new ShouldAssertException($"{(int)response.StatusCode} {await response.Content.ReadAsStringAsync()}");
        return (await response.Content.ReadFromJsonAsync<T>(CaseWebHost.Json))!;
    }

    private static Dictionary<string, Dictionary<string, long>> Body(string code, long part, long whole)
    {
        var i = KpiIndicators.Find(code)!;
        return new() { [code] = new() { [i.NumeratorFigure] = part, [i.DenominatorFigure] = whole } };
    }

    private async Task<string> Board(string kind)
    {
        using var supervisor = await As("supervisor");
        return WebUtility.HtmlDecode(await supervisor.Http.GetStringAsync($"/Supervision/Overdue?kind={kind}"));
    }

    [Fact]
    public async Task Should_show_a_late_resubmission_and_the_missing_unit_plans_on_the_overdue_board_until_sent()
    {
        UserUnitDto unit;
        using (var unitrep = await As("unitrep"))
        {
            unit = (await Ok<CurrentUserDto>(await unitrep.Http.GetAsync("/api/me"))).Unit!;
            await Ok<UnitKpiReportDto>(await unitrep.Http.PutAsJsonAsync($"/api/units/{unit.Id}/kpi-reports/2035-Q3", Body("MEETINGS_ONLINE", 6, 10)));
        }

        fixture.SetDate(2035, 10, 5); // a Friday
        using (var supervisor = await As("supervisor"))
            (await Ok<UnitKpiReportDto>(await supervisor.Http.PostAsJsonAsync($"/api/units/{unit.Id}/kpi-reports/2035-Q3/return",
                new ReturnKpiReportDto("Thiếu số cuộc họp trực tuyến")))).ResubmitDueOn.ShouldBe(new DateOnly(2035, 10, 12));
        using (var unitrep = await As("unitrep"))
            WebUtility.HtmlDecode(await unitrep.Http.GetStringAsync("/Monitoring/MyUnit?period=2035-Q3")).ShouldContain("Hạn gửi lại: 12/10/2035.");

        fixture.SetDate(2035, 10, 12); // the last day is still in time
        (await Board("KpiResubmission")).ShouldNotContain("bị trả lại ngày 05/10/2035");

        fixture.SetDate(2035, 10, 13);
        var late = await Board("KpiResubmission");
        late.ShouldContain("Chưa gửi lại báo cáo định kỳ Quý 3/2035 bị trả lại ngày 05/10/2035");
        late.ShouldContain(unit.Name);
        late.ShouldContain("Báo cáo bị trả lại chưa gửi lại (1)");
        late.ShouldContain("href=\"/Monitoring?year=2035&period=2035-Q3\"");

        var plans = await Board("UnitPlan");
        plans.ShouldContain("Chưa gửi kế hoạch triển khai năm 2026");
        plans.ShouldContain(unit.Name);
        plans.ShouldContain("href=\"/Monitoring?year=2026#tracker-title\"");
        plans.ShouldContain("<a href=\"/Monitoring?year=2026#tracker-title\">Kế hoạch triển khai của đơn vị</a>");

        using (var unitrep = await As("unitrep"))
            (await Ok<UnitKpiReportDto>(await unitrep.Http.PutAsJsonAsync($"/api/units/{unit.Id}/kpi-reports/2035-Q3", Body("MEETINGS_ONLINE", 7, 10))))
                .ResubmitDueOn.ShouldBeNull();
        var after = await Board("KpiResubmission");
        after.ShouldNotContain("bị trả lại ngày 05/10/2035");
        after.ShouldContain("Báo cáo bị trả lại chưa gửi lại (0)");
    }
}
