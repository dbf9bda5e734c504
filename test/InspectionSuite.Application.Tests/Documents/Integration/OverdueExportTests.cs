using InspectionSuite.Documents;
using InspectionSuite.Application.Tests.Cases;
using InspectionSuite.Cases;
using Microsoft.Extensions.DependencyInjection;
using Shouldly;
using Xunit;

namespace InspectionSuite.Application.Tests.Documents.Integration;

/// <summary>A case past its on-site deadline appears in the overdue export with the due date the case page shows.</summary>
public sealed class OverdueExportTests(CaseFixture fixture) : IClassFixture<CaseFixture>
{
    [Fact]
    public async Task Should_list_a_case_past_its_on_site_deadline_with_the_due_date_and_days_overdue()
    {
        var late = await fixture.CaseIn(CaseStates.OnSite);
        var onTime = await fixture.CaseIn(CaseStates.Decided);
        fixture.Clock.Advance(TimeSpan.FromDays(100));
        var c = await fixture.Get(late.Id);
        c.Deadlines.OnSiteOverdue.ShouldBeTrue();

        var table = await fixture.RunAsAsync("supervisor", sp => sp.GetRequiredService<ExportAppService>().BuildAsync(ExportKind.OverdueItems, new ExportFilter()));
        var row = table.Rows.Single(r => (string?)r[0] == c.Code);
        row[3].ShouldBe("Thời hạn làm việc trực tiếp");
        row[4].ShouldBe(c.Deadlines.OnSiteDue!.Value);
        row[5].ShouldBe((long)(fixture.Today.DayNumber - c.Deadlines.OnSiteDue!.Value.DayNumber));
        row[6].ShouldBe(CaseStates.OnSite);
        table.Rows.ShouldNotContain(r => (string?)r[0] == onTime.Code);

        var csv = await fixture.RunAsAsync("supervisor", sp => sp.GetRequiredService<IExportAppService>().ExportAsync(ExportKind.OverdueItems, ExportFormat.Csv, new ExportFilter()));
        System.Text.Encoding.UTF8.GetString(csv.Content).ShouldContain($"{c.Code},");
    }
}
