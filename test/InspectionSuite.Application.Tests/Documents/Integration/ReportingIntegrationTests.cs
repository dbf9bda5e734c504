using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;
using InspectionSuite.Documents;
using InspectionSuite.Cases;
using InspectionSuite.Csv;
using InspectionSuite.Organization;
using Microsoft.Extensions.DependencyInjection;
using Shouldly;
using Xunit;

namespace InspectionSuite.Application.Tests.Documents.Integration;

public sealed class ReportingIntegrationTests(ReportingFixture fixture) : IClassFixture<ReportingFixture>
{
    private Task<T> As<T>(string user, Func<IServiceProvider, Task<T>> work) => fixture.RunAsAsync(user, work);

    [Fact]
    public async Task Should_export_the_sanctions_register_as_xlsx_and_csv_that_read_back_to_the_database_values()
    {
        var (cases, _) = await fixture.LoadAsync();
        var sanctionsOf = await fixture.LoadSanctionsAsync();
        var expected = cases.Where(c => c.Conclusion.Date is { Year: 2026 })
            .SelectMany(c => sanctionsOf[c.Id].Select(s => (c.Code, s.Target, Decided: s.AmountVnd ?? 0m, Recovered: s.AmountRecoveredVnd)))
            .OrderBy(x => x.Code).ThenBy(x => x.Target).ToList();
        expected.Count.ShouldBe(4);

        var xlsx = await As("leader", sp => sp.GetRequiredService<IExportAppService>().ExportAsync(ExportKind.SanctionsRegister, ExportFormat.Xlsx, new ExportFilter(2026)));
        xlsx.FileName.ShouldBe("sanctions-register_2026.xlsx");
        var table = new XlsxTableReader().Read(xlsx.Content);
        var rows = table.Rows.Where(r => (string?)r[0] != "Tổng cộng")
            .Select(r => ((string)r[0]!, (string)r[5]!, (decimal)r[6]!, (decimal)r[7]!)).OrderBy(x => x.Item1).ThenBy(x => x.Item2).ToList();
        rows.ShouldBe(expected.Select(e => (e.Code, e.Target, e.Decided, e.Recovered)).ToList());
        var total = table.Rows.Single(r => (string?)r[0] == "Tổng cộng");
        ((decimal)total[6]!).ShouldBe(expected.Sum(e => e.Decided));
        ((decimal)total[7]!).ShouldBe(12_500_000m + 2_000_000m);

        var csv = await As("leader", sp => sp.GetRequiredService<IExportAppService>().ExportAsync(ExportKind.SanctionsRegister, ExportFormat.Csv, new ExportFilter(2026)));
        csv.ContentType.ShouldStartWith("text/csv");
        var (header, records) = CsvReader.ParseWithHeader(Encoding.UTF8.GetString(csv.Content));
        header[6].ShouldBe("số tiền quyết định (đồng)"); // ParseWithHeader lower-cases the header
        records.Where(r => r[0] != "Tổng cộng")
            .Select(r => (r[0], r[5], decimal.Parse(r[6], CultureInfo.InvariantCulture), decimal.Parse(r[7], CultureInfo.InvariantCulture)))
            .OrderBy(x => x.Item1).ThenBy(x => x.Item2).ToList()
            .ShouldBe(expected.Select(e => (e.Code, e.Target, e.Decided, e.Recovered)).ToList());

        // Filtering by authority keeps only that authority's rows.
        var noiVu = await As("leader", sp => sp.GetRequiredService<ExportAppService>().BuildAsync(ExportKind.SanctionsRegister, new ExportFilter(2026, AuthorityCode.NoiVu)));
        noiVu.Rows.Count(r => (string?)r[0] != "Tổng cộng").ShouldBe(1);
    }

    [Fact]
    public async Task Should_export_coverage_by_stratum_equal_to_the_units_and_cases_in_the_database()
    {
        var (cases, units) = await fixture.LoadAsync();
        var (from, to) = (new DateOnly(2026, 1, 1), new DateOnly(2026, 12, 31));
        var valid = units.Where(u => (u.ValidFrom == null || u.ValidFrom <= to) && (u.ValidTo == null || u.ValidTo >= from)).ToList();
        var done = cases.Where(c => c.State != CaseStates.Cancelled && c.Conclusion.Date >= from && c.Conclusion.Date <= to).Select(c => c.UnitId).Distinct().ToList();
        var deptTotal = valid.Count(u => u.Kind == UnitKind.Department);
        var localTotal = valid.Count(u => u.Kind != UnitKind.Department);
        var deptChecked = valid.Count(u => u.Kind == UnitKind.Department && done.Contains(u.Id));
        var localChecked = valid.Count(u => u.Kind != UnitKind.Department && done.Contains(u.Id));
        (deptChecked + localChecked).ShouldBe(2);

        foreach (var format in new[] { ExportFormat.Xlsx, ExportFormat.Csv })
        {
            var file = await As("supervisor", sp => sp.GetRequiredService<IExportAppService>().ExportAsync(ExportKind.CoverageByStratum, format, new ExportFilter(2026)));
            List<(string, long, long, decimal)> rows = format == ExportFormat.Xlsx
                ? [.. new XlsxTableReader().Read(file.Content).Rows.Select(r => ((string)r[0]!, (long)r[1]!, (long)r[2]!, (decimal)r[3]!))]
                : [.. CsvReader.ParseWithHeader(Encoding.UTF8.GetString(file.Content)).Rows.Select(r => (r[0], long.Parse(r[1], CultureInfo.InvariantCulture), long.Parse(r[2], CultureInfo.InvariantCulture), decimal.Parse(r[3], CultureInfo.InvariantCulture)))];
            rows.ShouldBe(
            [
                ("Sở, ban, ngành", deptTotal, deptChecked, Math.Round(deptChecked * 100m / deptTotal, 1, MidpointRounding.AwayFromZero)),
                ("Xã, phường, đặc khu", localTotal, localChecked, Math.Round(localChecked * 100m / localTotal, 1, MidpointRounding.AwayFromZero)),
                ("Tổng cộng", deptTotal + localTotal, deptChecked + localChecked, Math.Round((deptChecked + localChecked) * 100m / (deptTotal + localTotal), 1, MidpointRounding.AwayFromZero)),
            ], format.ToString());
        }
    }

    [Fact]
    public async Task Should_export_overdue_sanctions_and_refuse_users_without_the_export_permission()
    {
        var (cases, _) = await fixture.LoadAsync();
        var sanctionsOf = await fixture.LoadSanctionsAsync();
        var overdue = cases.SelectMany(c => sanctionsOf[c.Id].Where(s => s.Status is not (SanctionStatus.Done or SanctionStatus.CarriedOver) && s.Deadline < fixture.Today)
            .Select(s => (c.Code, s.Deadline!.Value))).ToList();
        overdue.Count.ShouldBe(1);
        var table = new XlsxTableReader().Read((await As("supervisor", sp => sp.GetRequiredService<IExportAppService>()
            .ExportAsync(ExportKind.OverdueItems, ExportFormat.Xlsx, new ExportFilter()))).Content);
        var sanctionRows = table.Rows.Where(r => (string?)r[2] == "Xử lý sau thanh tra, kiểm tra").ToList();
        sanctionRows.Select(r => ((string)r[0]!, (DateOnly)r[4]!)).ShouldBe(overdue);
        sanctionRows.Single()[5].ShouldBe(5L);
        sanctionRows.Single()[3]!.ToString()!.ShouldContain("Chánh Văn phòng");

        await Should.ThrowAsync<BusinessException>(() => As("inspector", sp => sp.GetRequiredService<IExportAppService>()
            .ExportAsync(ExportKind.SanctionsRegister, ExportFormat.Xlsx, new ExportFilter())));
        await Should.ThrowAsync<BusinessException>(() => As("unitrep", sp => sp.GetRequiredService<IPeriodicReportAppService>()
            .GenerateAsync(AuthorityCode.NoiVu, ReportPeriodKind.SixMonths, 2026, ReportFormat.Docx)));
    }

    private static readonly Regex Number = new(@"-?\d+(?:[.,]\d+)?");

    private static decimal? Measured(string? s) => s is null || Number.Match(s) is not { Success: true } m ? null : decimal.Parse(m.Value.Replace(',', '.'), CultureInfo.InvariantCulture);

    [Theory]
    [InlineData(AuthorityCode.NoiVu)]
    [InlineData(AuthorityCode.ThanhTra)]
    public async Task Should_compute_the_periodic_report_figures_equal_to_independent_queries(AuthorityCode authority)
    {
        var period = ReportingCalendar.SixMonths(2026);
        var (all, units) = await fixture.LoadAsync();
        var cases = all.Where(c => c.Authority == authority).ToList();
        bool InPeriod(DateOnly? d) => d >= period.From && d <= period.To;
        // Issue 15: done once the conclusion (a check's notice) is issued, i.e. the case moved on from Concluding.
        bool Done(InspectionCase c) => c.ConclusionIssued && InPeriod(c.Conclusion.Date);
        bool Planned(InspectionCase c) => (c.PlanItemId != null || c.State == CaseStates.Planned) && InPeriod(c.Decision.Date ?? DateOnly.FromDateTime(c.CreationTime));
        var done = cases.Where(Done).ToList();

        var f = await As("leader", sp => sp.GetRequiredService<PeriodicReportAppService>().ComputeAsync(authority, period));

        f.ChecksPlanned.ShouldBe(cases.Count(c => c.Kind == CaseKind.Check && Planned(c)));
        f.ChecksDone.ShouldBe(cases.Count(c => c.Kind == CaseKind.Check && Done(c)));
        f.InspectionsPlanned.ShouldBe(cases.Count(c => c.Kind == CaseKind.Inspection && Planned(c)));
        f.InspectionsDone.ShouldBe(cases.Count(c => c.Kind == CaseKind.Inspection && Done(c)));
        (f.ChecksDone + f.InspectionsDone).ShouldBe(2);
        (f.ChecksPlanned + f.InspectionsPlanned).ShouldBe(1);

        var valid = units.Where(u => (u.ValidFrom == null || u.ValidFrom <= period.To) && (u.ValidTo == null || u.ValidTo >= period.From)).ToList();
        var checkedUnits = done.Select(c => c.UnitId).ToHashSet();
        if (authority == AuthorityCode.ThanhTra)
        {
            // Issue 15: each authority's report carries only its own sections; the 20% coverage and the KH534
            // indicators at the checked units are Sở Nội vụ's.
            f.Coverage.ShouldBeNull();
            f.Kpis.ShouldBeNull();
            f.Implementation.ShouldBeNull();
        }
        else f.Coverage!.Select(c => (c.UnitsTotal, c.UnitsChecked)).ShouldBe(
        [
            (valid.Count(u => u.Kind == UnitKind.Department), valid.Count(u => u.Kind == UnitKind.Department && checkedUnits.Contains(u.Id))),
            (valid.Count(u => u.Kind != UnitKind.Department), valid.Count(u => u.Kind != UnitKind.Department && checkedUnits.Contains(u.Id))),
        ]);

        var findings = done.SelectMany(c => c.Findings).Where(x => x.Status == FindingStatus.Confirmed).ToList();
        f.FindingsByType.Sum(x => x.Count).ShouldBe(findings.Count);
        f.FindingsByType.Single(x => x.Type.EndsWith("nghiêm trọng") && !x.Type.Contains("rất")).Count.ShouldBe(findings.Count(x => x.Severity == FindingSeverity.Serious));
        var sanctionsOf = await fixture.LoadSanctionsAsync();
        var sanctions = done.SelectMany(c => sanctionsOf[c.Id]).ToList();
        f.SanctionsByType.Sum(s => s.Count).ShouldBe(sanctions.Count);
        f.MoneyDecided.ShouldBe(sanctions.Sum(s => s.AmountVnd ?? 0));
        f.MoneyRecovered.ShouldBe(sanctions.Sum(s => s.AmountRecoveredVnd));
        f.SanctionsByType.Sum(s => s.AmountDecided).ShouldBe(f.MoneyDecided);
        if (authority == AuthorityCode.ThanhTra)
        {
            f.MoneyDecided.ShouldBe(32_000_000m);
            f.MoneyRecovered.ShouldBe(14_500_000m);
        }

        decimal Mean(string code)
        {
            var values = done.Select(c => c.Checklist.FirstOrDefault(i => i.CriterionCode == code))
                .Where(i => i != null && i.Result != CheckResult.NotApplicable).Select(i => Measured(i!.MeasuredValue)).OfType<decimal>().ToList();
            return values.Count == 0 ? 0 : Math.Round(values.Average(), 1, MidpointRounding.AwayFromZero);
        }
        if (f.Kpis is { } kpis)
        {
            kpis.UnitsChecked.ShouldBe(checkedUnits.Count);
            kpis.MeetingsReducedPercent.ShouldBe(Mean("KH534-01"));
            kpis.OnlineMeetingsSharePercent.ShouldBe(Mean("KH534-02"));
            kpis.DigitalProceduresPercent.ShouldBe(Mean("KH534-03"));
            kpis.DocumentsReducedPercent.ShouldBe(Mean("KH534-04"));
            kpis.PlansIssuedOnTime.ShouldBe(done.Count(c => c.Checklist.Any(i => i.CriterionCode == "KH534-06" && i.Result == CheckResult.Met)));
            kpis.ReportsOnTime.ShouldBe(done.Count(c => c.Checklist.Any(i => i.CriterionCode == "KH534-07" && i.Result == CheckResult.Met)));
        }
        if (authority == AuthorityCode.NoiVu)
        {
            f.Kpis.ShouldNotBeNull();
            f.Kpis.MeetingsReducedPercent.ShouldBe(10.2m); // (8 + 12.4) / 2
            f.Kpis.DigitalProceduresPercent.ShouldBe(97.8m); // (96.5 + 99) / 2 = 97.75
            f.Kpis.DocumentsReducedPercent.ShouldBe(15m); // the other unit's is not applicable
            f.Kpis.PlansIssuedOnTime.ShouldBe(2);
            f.Kpis.ReportsOnTime.ShouldBe(1);
        }

        // The files carry the same figures.
        var docx = await As("leader", sp => sp.GetRequiredService<IPeriodicReportAppService>().GenerateAsync(authority, ReportPeriodKind.SixMonths, 2026, ReportFormat.Docx));
        docx.ContentType.ShouldBe(GeneratedFile.DocxContentType);
        DocumentTestData.ValidationErrors(docx.Content).ShouldBeEmpty();
        var text = DocumentTestData.Text(docx.Content);
        text.ShouldContain("6 tháng đầu năm 2026");
        var xlsx = await As("leader", sp => sp.GetRequiredService<IPeriodicReportAppService>().GenerateAsync(authority, ReportPeriodKind.SixMonths, 2026, ReportFormat.Xlsx));
        var sheetNames = new XlsxTableReader().ReadAll(xlsx.Content).Select(s => s.Name).ToList();
        // Issue 15: each authority's report carries only its own sections, numbered in order.
        if (authority == AuthorityCode.ThanhTra)
        {
            text.ShouldNotContain(PeriodicReportDocument.CoverageTitle);
            text.ShouldNotContain("TỐI THIỂU 20%");
            text.ShouldNotContain(PeriodicReportDocument.KpisTitle);
            text.ShouldNotContain(PeriodicReportDocument.UnitsImplementationTitle);
            text.ShouldContain("II. " + PeriodicReportDocument.FindingsTitle);
            sheetNames.ShouldNotContain(PeriodicReportDocument.CoverageSheet);
            sheetNames.ShouldNotContain(PeriodicReportDocument.KpiSheet);
            // Thanh tra tỉnh issues its own report: not a draft for UBND tỉnh.
            text.ShouldNotContain("DỰ THẢO");
            text.ShouldNotContain("TM. ỦY BAN NHÂN DÂN");
        }
        else
        {
            text.ShouldContain("II. " + PeriodicReportDocument.CoverageTitle);
            text.ShouldContain("IV. " + PeriodicReportDocument.KpisTitle);
            text.ShouldContain("VI. " + PeriodicReportDocument.ProposalsTitle);
            sheetNames.ShouldContain(PeriodicReportDocument.CoverageSheet);
            // Issue 15 / seed IV.2: a draft Sở Nội vụ prepares for UBND tỉnh to send to Bộ Nội vụ (issuer and recipients accordingly).
            text.ShouldContain("DỰ THẢO");
            text.ShouldContain("TM. ỦY BAN NHÂN DÂN");
            text.ShouldContain("CHỦ TỊCH");
            text.ShouldContain("Bộ Nội vụ;");
        }
        var plan = new XlsxTableReader().ReadAll(xlsx.Content).Single(s => s.Name == PeriodicReportDocument.PlanSheet).Table;
        plan.Rows[0].Take(3).ShouldBe(["Kiểm tra", (long)f.ChecksPlanned, (long)f.ChecksDone]);
        plan.Rows[1].Take(3).ShouldBe(["Thanh tra", (long)f.InspectionsPlanned, (long)f.InspectionsDone]);
    }

    [Fact]
    public async Task Should_list_the_due_reports_with_days_left()
    {
        var due = await As("inspector", sp => sp.GetRequiredService<IPeriodicReportAppService>().GetDueReportsAsync(new DateOnly(2026, 6, 1)));
        due.Select(d => (d.Kind, d.Year, d.DaysLeft, d.IsNext)).ShouldBe([(ReportPeriodKind.SixMonths, 2026, 13, true), (ReportPeriodKind.Annual, 2026, 196, false)]);
        var late = await As("inspector", sp => sp.GetRequiredService<IPeriodicReportAppService>().GetDueReportsAsync(new DateOnly(2026, 12, 20)));
        late.Last().ShouldSatisfyAllConditions(d => d.Kind.ShouldBe(ReportPeriodKind.SixMonths), d => d.Year.ShouldBe(2027), d => d.IsNext.ShouldBeTrue());
        late.Take(2).ShouldAllBe(d => d.IsPast);
    }
}
