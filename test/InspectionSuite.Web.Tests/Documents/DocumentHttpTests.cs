using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using DocumentFormat.OpenXml.Packaging;
using InspectionSuite.Documents;
using InspectionSuite.Cases;
using InspectionSuite.Web.Tests.Cases;
using InspectionSuite.Web.Tests.Infrastructure;
using Shouldly;
using Xunit;

namespace InspectionSuite.Web.Tests.Documents;

/// <summary>Document downloads, exports and the periodic report over HTTP on the real web host (demo cases).</summary>
public sealed class DocumentHttpTests(CaseWebHost host) : IClassFixture<CaseWebHost>
{
    private const string Docx = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";
    private const string Xlsx = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    private async Task<List<CaseListItemDto>> Cases(HttpClient http)
        => (await http.GetFromJsonAsync<PagedResultDto<CaseListItemDto>>("/api/cases?take=200", CaseWebHost.Json))!.Items.ToList();

    [Fact]
    public async Task Should_download_a_case_document_as_docx_with_a_safe_file_name_and_hide_other_units_cases()
    {
        using var supervisor = await host.ClientAsync("supervisor");
        using var unitrep = await host.ClientAsync("unitrep");
        var all = await Cases(supervisor);
        var reporting = all.First(c => c.State == CaseStates.Reporting && c.UnitCode != "P01");

        var kinds = await supervisor.GetFromJsonAsync<JsonElement>($"/api/cases/{reporting.Id}/documents");
        kinds.EnumerateArray().Single(k => k.GetProperty("slug").GetString() == "inspection-decision").GetProperty("available").GetBoolean().ShouldBeTrue();

        var response = await supervisor.GetAsync($"/api/cases/{reporting.Id}/documents/inspection-decision");
        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        response.Content.Headers.ContentType!.MediaType.ShouldBe(Docx);
        response.Content.Headers.ContentDisposition!.FileName!.Trim('"').ShouldBe($"inspection-decision_{reporting.Code}.docx");
        var bytes = await response.Content.ReadAsByteArrayAsync();
        using (var doc = WordprocessingDocument.Open(new MemoryStream(bytes), false))
            doc.MainDocumentPart!.Document!.Body!.InnerText.ShouldContain(reporting.UnitName);

        // The unit representative of P01 cannot see another unit's case: 404, not the document.
        (await unitrep.GetAsync($"/api/cases/{reporting.Id}/documents/inspection-decision")).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await unitrep.GetAsync($"/api/cases/{reporting.Id}/documents")).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        // ... but can download the documents of a case on their own unit.
        var own = all.First(c => c.UnitCode == "P01" && c.Kind == CaseKind.Check);
        var ownDecision = await unitrep.GetAsync($"/api/cases/{own.Id}/documents/CheckDecision");
        ownDecision.StatusCode.ShouldBe(HttpStatusCode.OK);
        ownDecision.Content.Headers.ContentType!.MediaType.ShouldBe(Docx);

        (await supervisor.GetAsync($"/api/cases/{reporting.Id}/documents/no-such-kind")).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await supervisor.GetAsync($"/api/cases/{reporting.Id}/documents/check-decision")).StatusCode.ShouldBe(HttpStatusCode.BadRequest);
    }

    [Fact]
    public async Task Should_answer_400_naming_the_missing_fields()
    {
        using var supervisor = await host.ClientAsync("supervisor");
        var planned = (await Cases(supervisor)).First(c => c.State == CaseStates.Planned && c.Kind == CaseKind.Inspection && c.DecisionNumber is null);
        var response = await supervisor.GetAsync($"/api/cases/{planned.Id}/documents/inspection-decision");
        response.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        var problem = await response.Content.ReadAsStringAsync();
        problem.ShouldContain("Inspection:070001");
        problem.ShouldContain("Case.DecisionNumber");
        problem.ShouldContain("Team.Leader");
    }

    [Fact]
    public async Task Should_export_registers_and_the_periodic_report_only_with_the_export_permission()
    {
        using var supervisor = await host.ClientAsync("supervisor");
        using var unitrep = await host.ClientAsync("unitrep");
        using var inspector = await host.ClientAsync("inspector");

        var xlsx = await supervisor.GetAsync("/api/exports/sanctions-register.xlsx?year=2026");
        xlsx.StatusCode.ShouldBe(HttpStatusCode.OK);
        xlsx.Content.Headers.ContentType!.MediaType.ShouldBe(Xlsx);
        xlsx.Content.Headers.ContentDisposition!.FileName!.Trim('"').ShouldBe("sanctions-register_2026.xlsx");
        var csv = await supervisor.GetAsync("/api/exports/coverage-by-stratum.csv?year=2026&authority=NoiVu");
        csv.StatusCode.ShouldBe(HttpStatusCode.OK);
        csv.Content.Headers.ContentType!.MediaType.ShouldBe("text/csv");
        (await csv.Content.ReadAsStringAsync()).ShouldContain("Xã, phường, đặc khu");
        (await supervisor.GetAsync("/api/exports/overdue-items.xlsx")).StatusCode.ShouldBe(HttpStatusCode.OK);
        (await supervisor.GetAsync("/api/exports/everything.xlsx")).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await supervisor.GetAsync("/api/exports/sanctions-register.pdf")).StatusCode.ShouldBe(HttpStatusCode.NotFound);

        var docx = await supervisor.GetAsync("/api/reports/periodic?authority=NoiVu&year=2026&period=SixMonths&format=docx");
        docx.StatusCode.ShouldBe(HttpStatusCode.OK);
        docx.Content.Headers.ContentType!.MediaType.ShouldBe(Docx);
        var report = await supervisor.GetAsync("/api/reports/periodic?authority=ThanhTra&year=2026&period=Annual&format=xlsx");
        report.StatusCode.ShouldBe(HttpStatusCode.OK);
        report.Content.Headers.ContentType!.MediaType.ShouldBe(Xlsx);

        (await unitrep.GetAsync("/api/exports/sanctions-register.xlsx")).StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        (await inspector.GetAsync("/api/exports/sanctions-register.csv")).StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        (await unitrep.GetAsync("/api/reports/periodic?authority=NoiVu&year=2026&period=SixMonths&format=docx")).StatusCode.ShouldBe(HttpStatusCode.Forbidden);

        var due = await inspector.GetFromJsonAsync<JsonElement>("/api/reports/due");
        due.EnumerateArray().Count(d => d.GetProperty("isNext").GetBoolean()).ShouldBe(1);
        (await unitrep.GetAsync("/api/reports/due")).StatusCode.ShouldBe(HttpStatusCode.Forbidden);
    }

    [Fact]
    public async Task Should_show_the_periodic_report_page_to_holders_of_the_export_permission_only()
    {
        using var supervisor = new TestClient(host.BaseAddress);
        (await supervisor.LoginAsync("supervisor")).StatusCode.ShouldBe(HttpStatusCode.Redirect);
        var page = await supervisor.Http.GetAsync("/Reports/Periodic?authority=NoiVu&year=2026&period=Annual");
        page.StatusCode.ShouldBe(HttpStatusCode.OK);
        var html = await page.Content.ReadAsStringAsync();
        html.ShouldContain("Báo cáo định kỳ thực hiện kế hoạch");
        html.ShouldContain("/api/reports/periodic?authority=NoiVu&amp;year=2026&amp;period=Annual&amp;format=docx");
        html.ShouldContain("15/12/2026");
        // Issue 15: each authority's report carries only its own sections; the 20% coverage is Sở Nội vụ's.
        html.ShouldContain("II. " + PeriodicReportDocument.CoverageTitle);
        var thanhTra = await (await supervisor.Http.GetAsync("/Reports/Periodic?authority=ThanhTra&year=2026&period=Annual")).Content.ReadAsStringAsync();
        thanhTra.ShouldContain("id=\"periodic-sections\"");
        thanhTra.ShouldContain("II. " + PeriodicReportDocument.FindingsTitle);
        thanhTra.ShouldNotContain(PeriodicReportDocument.CoverageTitle);
        thanhTra.ShouldNotContain(PeriodicReportDocument.KpisTitle);

        using var unitrep = new TestClient(host.BaseAddress);
        (await unitrep.LoginAsync("unitrep")).StatusCode.ShouldBe(HttpStatusCode.Redirect);
        (await unitrep.Http.GetAsync("/Reports/Periodic")).StatusCode.ShouldBe(HttpStatusCode.Forbidden);
    }
}
