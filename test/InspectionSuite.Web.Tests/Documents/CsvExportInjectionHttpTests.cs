using System.Net;
using System.Net.Http.Json;
using InspectionSuite.Cases;
using InspectionSuite.Csv;
using InspectionSuite.Organization;
using InspectionSuite.Web.Tests.Cases;
using Shouldly;
using Xunit;

namespace InspectionSuite.Web.Tests.Documents;

/// <summary>A unit name crafted as a spreadsheet formula comes back neutralised in a CSV export (own host: it renames a unit).</summary>
public sealed class CsvExportInjectionHttpTests(CaseWebHost host) : IClassFixture<CaseWebHost>
{
    private const string Formula = "=HYPERLINK(\"http://x\")";

    [Fact]
    public async Task Should_neutralise_a_formula_in_a_unit_name_in_the_overdue_items_csv()
    {
        using var admin = await host.ClientAsync("admin");
        using var supervisor = await host.ClientAsync("supervisor");
        // The demo follow-up case has a recovery sanction five days overdue, so its unit is in the overdue register.
        var cases = (await supervisor.GetFromJsonAsync<PagedResultDto<CaseListItemDto>>("/api/cases?take=200", CaseWebHost.Json))!.Items;
        var followUp = cases.First(c => c.State == CaseStates.FollowUp);
        var unit = (await admin.GetFromJsonAsync<UnitDto>($"/api/units/{followUp.UnitId}", CaseWebHost.Json))!;
        (await admin.PutAsJsonAsync($"/api/units/{unit.Id}",
            new UpdateUnitDto(Formula, unit.Kind, unit.ValidFrom, unit.ValidTo, unit.ConcurrencyStamp), CaseWebHost.Json))
            .StatusCode.ShouldBe(HttpStatusCode.OK);

        var response = await supervisor.GetAsync("/api/exports/overdue-items.csv");
        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        var text = await response.Content.ReadAsStringAsync();

        text.ShouldContain("\"'=HYPERLINK(\"\"http://x\"\")\"");
        var rows = CsvReader.Parse(text).Skip(1).Where(r => r[0] == followUp.Code).ToList();
        rows.ShouldNotBeEmpty();
        rows.ShouldAllBe(r => r[1] == "'" + Formula);
        // Every cell of the export: a cell may start with a formula character only when it is a plain number.
        CsvReader.Parse(text).SelectMany(r => r.Fields)
            .Where(f => f.Length > 0 && CsvWriter.FormulaTriggers.Contains(f[0]))
            .ShouldAllBe(f => CsvWriter.IsInvariantNumber(f));
    }
}
