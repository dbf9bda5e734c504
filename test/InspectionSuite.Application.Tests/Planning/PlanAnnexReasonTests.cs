using System.Globalization;
using InspectionSuite.Documents;
using InspectionSuite.Localization;
using InspectionSuite.Organization;
using InspectionSuite.Planning;
using InspectionSuite.Sampling;
using Shouldly;
using Xunit;

namespace InspectionSuite.Application.Tests.Planning;

/// <summary>
/// Issue 18 ("words for people"): the .xlsx annex of a plan gives each unit's sampling reason in the words the plan page
/// shows (the localizer's SamplingReason.* texts), while the CSV keeps its reason codes (its contract).
/// </summary>
public sealed class PlanAnnexReasonTests(PlanningFixture fixture) : IClassFixture<PlanningFixture>
{
    [Fact]
    public async Task Should_write_each_units_sampling_reason_in_vietnamese_words_in_the_xlsx_and_its_code_in_the_csv()
    {
        var vi = new CultureInfo("vi");
        CultureInfo.CurrentUICulture = vi;
        var plan = await fixture.ApprovedPlanAsync(AuthorityCode.NoiVu, 2047, "ANNEX-2047");
        var csv = System.Text.Encoding.UTF8.GetString((await fixture.Supervisor(s => s.ExportAsync(plan.Id, PlanExportFormat.Csv))).Content).TrimStart('\uFEFF');
        // The unit code is the second field; the reason code is the one field that is a reason code.
        var codeOfUnit = csv.Split('\n', StringSplitOptions.RemoveEmptyEntries).Skip(1).ToDictionary(
            line => line.Split(',')[1],
            line => Enum.GetValues<SelectionReason>().Single(r => line.Contains("," + r.Code() + ",", StringComparison.Ordinal)));

        var xlsx = new XlsxTableReader().Read((await fixture.Supervisor(s => s.ExportAsync(plan.Id, PlanExportFormat.Xlsx))).Content);
        var localizer = new InspectionSuiteLocalizer();
        xlsx.Columns[5].Header.ShouldBe(localizer.Get("Plan.Export.ReasonText", vi));
        xlsx.Rows.Count.ShouldBe(codeOfUnit.Count);
        foreach (var row in xlsx.Rows)
        {
            var unit = row[1]!.ToString()!;
            var words = row[5]!.ToString()!;
            words.ShouldBe(localizer.Get(codeOfUnit[unit].TextKey(), vi), $"unit {unit}");
            words.ShouldNotBe(codeOfUnit[unit].Code());
            words.ShouldNotBe(codeOfUnit[unit].ToString());
        }
        // Both selected and not selected units are in the annex, each reason in words.
        xlsx.Rows.Select(r => r[5]!.ToString()).Distinct().Count().ShouldBeGreaterThan(1);
        xlsx.Rows.ShouldContain(r => r[5]!.ToString() == "Không được chọn");
    }
}
