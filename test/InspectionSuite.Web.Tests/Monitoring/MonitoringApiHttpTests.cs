using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using InspectionSuite.Identity;
using InspectionSuite.Monitoring;
using InspectionSuite.Web.Tests.Cases;
using InspectionSuite.Web.Tests.Infrastructure;
using Shouldly;
using Xunit;

namespace InspectionSuite.Web.Tests.Monitoring;

/// <summary>
/// Issue 15's API over HTTP with the real host: periods with due dates, a unit's report PUT and GET (raw figures per
/// indicator), refusals as problem+json naming the indicator with nothing saved, another unit's report refused, a
/// return by Sở Nội vụ and the province's figures.
/// </summary>
public sealed class MonitoringApiHttpTests(WebTestHost host) : IClassFixture<WebTestHost>
{
    private static readonly JsonSerializerOptions J = CaseWebHost.Json;

    private async Task<TestClient> As(string user)
    {
        var client = host.CreateClient();
        (await client.LoginAsync(user)).StatusCode.ShouldBe(HttpStatusCode.Redirect);
        return client;
    }

    private static async Task<T> Ok<T>(HttpResponseMessage response)
    {
        if (!response.IsSuccessStatusCode) throw new ShouldAssertException($"{(int)response.StatusCode} {await response.Content.ReadAsStringAsync()}");
        return (await response.Content.ReadFromJsonAsync<T>(J))!;
    }

    [Fact]
    public async Task Should_put_get_return_and_sum_a_units_report_over_http()
    {
        using var unitrep = await As("unitrep");
        var me = await Ok<CurrentUserDto>(await unitrep.Http.GetAsync("/api/me"));
        var unitId = me.Unit!.Id;

        var periods = await Ok<List<KpiPeriodDto>>(await unitrep.Http.GetAsync("/api/kpi/periods?year=2029"));
        periods.Select(p => p.Period).ShouldBe(["2029-Q1", "2029-Q2", "2029-H1", "2029-Q3", "2029-Q4", "2029"]);
        periods.Single(p => p.Period == "2029-H1").DueOn.ShouldBeLessThan(new DateOnly(2029, 6, 15));

        var body = new Dictionary<string, Dictionary<string, long>>
        {
            ["MEETINGS_ONLINE"] = new() { ["meetingsOnline"] = 30, ["meetings"] = 40 },
            ["TTHC_ONLINE"] = new() { ["tthcReceivedOnline"] = 9, ["tthcReceived"] = 10 },
        };
        var put = await Ok<UnitKpiReportDto>(await unitrep.Http.PutAsJsonAsync($"/api/units/{unitId}/kpi-reports/2029-Q3", body));
        put.Status.ShouldBe(KpiReportStatus.Submitted);
        var got = await Ok<UnitKpiReportDto>(await unitrep.Http.GetAsync($"/api/units/{unitId}/kpi-reports/2029-Q3"));
        got.Figures["MEETINGS_ONLINE"]["meetingsOnline"].ShouldBe(30);
        got.Figures.ContainsKey("STAFF_DIGITAL_SKILLS").ShouldBeFalse(); // not given: no data, not zero

        // Part greater than whole: 400 problem+json naming the indicator; the stored report is unchanged.
        var bad = new Dictionary<string, Dictionary<string, long>>(body) { ["DOCUMENTS_ELECTRONIC"] = new() { ["documentsIssuedElectronically"] = 12, ["documentsIssued"] = 10 } };
        var refused = await unitrep.Http.PutAsJsonAsync($"/api/units/{unitId}/kpi-reports/2029-Q3", bad);
        refused.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        refused.Content.Headers.ContentType!.MediaType.ShouldBe("application/problem+json");
        var problem = await refused.Content.ReadFromJsonAsync<JsonElement>();
        problem.GetProperty("code").GetString().ShouldBe(MonitoringErrorCodes.FiguresPartGreaterThanWhole);
        problem.GetProperty("title").GetString()!.ShouldContain("DOCUMENTS_ELECTRONIC");
        (await Ok<UnitKpiReportDto>(await unitrep.Http.GetAsync($"/api/units/{unitId}/kpi-reports/2029-Q3"))).Figures.Keys.Order().ShouldBe(["MEETINGS_ONLINE", "TTHC_ONLINE"]);

        // Another unit: refused (403), and the unit representative cannot read the province either.
        using var supervisor = await As("supervisor");
        var province = await Ok<ProvinceKpiDto>(await supervisor.Http.GetAsync("/api/kpi/province/2029-Q3"));
        province.UnitsTotal.ShouldBeGreaterThan(1);
        var otherId = (await Ok<PlanTrackerDto>(await supervisor.Http.GetAsync("/api/kpi/plans"))).Units.First(u => u.UnitId != unitId).UnitId;
        (await unitrep.Http.PutAsJsonAsync($"/api/units/{otherId}/kpi-reports/2029-Q3", body)).StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        (await unitrep.Http.GetAsync("/api/kpi/province/2029-Q3")).StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        (await supervisor.Http.PutAsJsonAsync($"/api/units/{unitId}/kpi-reports/2029-Q3", body)).StatusCode.ShouldBe(HttpStatusCode.Forbidden);

        // Province: sums of raw figures over the units that reported.
        var meetings = province.Indicators.Single(i => i.Code == "MEETINGS_ONLINE");
        meetings.UnitsReported.ShouldBe(1);
        meetings.NumeratorSum.ShouldBe(30);
        meetings.DenominatorSum.ShouldBe(40);
        meetings.Percent.ShouldBe(75m);
        meetings.Outcome.ShouldBe(KpiOutcome.Met);
        province.Indicators.Single(i => i.Code == "STAFF_DIGITAL_SKILLS").Outcome.ShouldBe(KpiOutcome.NoData);

        // Return with a reason, then the unit sees it.
        (await Ok<UnitKpiReportDto>(await supervisor.Http.PostAsJsonAsync($"/api/units/{unitId}/kpi-reports/2029-Q3/return", new ReturnKpiReportDto("Thiếu số liệu họp trực tuyến quý 3"))))
            .Standing.ShouldBe(SubmissionStanding.Returned);
        (await Ok<UnitKpiReportDto>(await unitrep.Http.GetAsync($"/api/units/{unitId}/kpi-reports/2029-Q3"))).ReturnReason.ShouldBe("Thiếu số liệu họp trực tuyến quý 3");
        (await Ok<ProvinceKpiDto>(await supervisor.Http.GetAsync("/api/kpi/province/2029-Q3"))).UnitsReported.ShouldBe(0);

        var badPeriod = await unitrep.Http.GetAsync($"/api/units/{unitId}/kpi-reports/2029-Q9");
        badPeriod.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        (await badPeriod.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("code").GetString().ShouldBe(MonitoringErrorCodes.PeriodInvalid);
    }
    [Fact]
    public async Task Should_let_so_noi_vu_download_a_units_plan_under_a_safe_name_and_refuse_other_roles()
    {
        using var unitrep = await As("unitrep");
        var unitId = (await Ok<CurrentUserDto>(await unitrep.Http.GetAsync("/api/me"))).Unit!.Id;
        var url = $"/api/units/{unitId}/plan/file";
        using var supervisor = await As("supervisor");
        (await supervisor.Http.GetAsync($"/api/units/{Guid.NewGuid()}/plan/file")).StatusCode.ShouldBe(HttpStatusCode.NotFound);

        // The representative sends the plan through the unit portal's form, under a name with spaces and Vietnamese letters.
        var content = "Kế hoạch triển khai Kế hoạch 534 của phường"u8.ToArray();
        using var form = new MultipartFormDataContent
        {
            { new StringContent(await unitrep.GetTokenAsync("/Monitoring/MyUnit")), "__RequestVerificationToken" },
            { new StringContent("2026-05-04"), "issuedOn" },
        };
        var file = new ByteArrayContent(content);
        file.Headers.ContentType = new("text/plain");
        form.Add(file, "file", "Kế hoạch triển khai phường 1.txt");
        (await unitrep.Http.PostAsync("/Monitoring/MyUnit?handler=Plan", form)).StatusCode.ShouldBe(HttpStatusCode.Redirect);

        // Sở Nội vụ: always a download, under a generated ASCII name (nothing the unit typed but the allowed extension).
        var download = await supervisor.Http.GetAsync(url);
        download.StatusCode.ShouldBe(HttpStatusCode.OK);
        download.Content.Headers.ContentType!.MediaType.ShouldBe("application/octet-stream");
        var disposition = download.Content.Headers.ContentDisposition!;
        disposition.DispositionType.ShouldBe("attachment");
        var name = (disposition.FileNameStar ?? disposition.FileName)!.Trim('"');
        name.ShouldBe($"ke-hoach-trien-khai_{InspectionSuite.Seeding.DataSeeder.DemoRepresentativeUnitCode}_2026.txt");
        name.ShouldAllBe(ch => ch < 128);
        (await download.Content.ReadAsByteArrayAsync()).ShouldBe(content);
        // The tracker on /Monitoring links it.
        (await supervisor.Http.GetStringAsync("/Monitoring")).ShouldContain($"href=\"{url}\"");

        // The representative may fetch their own unit's file, not another unit's (not found); other roles are refused.
        (await unitrep.Http.GetAsync(url)).StatusCode.ShouldBe(HttpStatusCode.OK);
        var otherId = (await Ok<PlanTrackerDto>(await supervisor.Http.GetAsync("/api/kpi/plans"))).Units.First(u => u.UnitId != unitId).UnitId;
        (await unitrep.Http.GetAsync($"/api/units/{otherId}/plan/file")).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        using var inspector = await As("inspector");
        (await inspector.Http.GetAsync(url)).StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        using var anonymous = host.CreateClient();
        (await anonymous.Http.GetAsync(url)).IsSuccessStatusCode.ShouldBeFalse();
    }
}
