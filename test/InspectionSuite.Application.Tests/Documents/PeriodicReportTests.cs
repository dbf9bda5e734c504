using InspectionSuite.Documents;
using Shouldly;
using Xunit;

namespace InspectionSuite.Application.Tests.Documents;

public sealed class PeriodicReportTests
{
    private static PeriodicReportFigures Figures() => new()
    {
        Period = ReportingCalendar.SixMonths(2026),
        AuthorityParentName = "UBND tỉnh Quảng Ngãi",
        AuthorityName = "Sở Nội vụ",
        Place = "Quảng Ngãi",
        ReportNumber = "215/BC-SNV",
        ReportDate = new DateOnly(2026, 6, 10),
        ChecksPlanned = 37,
        ChecksDone = 21,
        InspectionsPlanned = 4,
        InspectionsDone = 3,
        Coverage =
        [
            new StratumCoverage("Sở, ban, ngành", 23, 5),
            new StratumCoverage("Xã, phường, đặc khu", 96, 16),
        ],
        FindingsByType = [new FindingCount("Chưa đạt chỉ tiêu giảm hội họp", 7), new FindingCount("Báo cáo không đúng hạn", 4)],
        SanctionsByType =
        [
            new SanctionTotal("Thu hồi tiền", 2, 1_234_567_000m, 987_000_500m),
            new SanctionTotal("Kỷ luật", 3, 0m, 0m),
        ],
        MoneyDecided = 1_234_567_000m,
        MoneyRecovered = 987_000_500m,
        Kpis = new KpiAggregates(21, 12.4m, 58.3m, 96.1m, 15.0m, 19, 20),
        Signature = new SignatureBlock("KT. GIÁM ĐỐC", "Phó Giám đốc", "Huỳnh Thị Lý"),
    };

    [Fact]
    public void Should_put_the_figures_into_a_valid_official_docx()
    {
        var docx = new PeriodicReportDocument().ToDocx(Figures());

        DocumentTestData.ValidationErrors(docx).ShouldBeEmpty();
        var paragraphs = DocumentTestData.Paragraphs(docx);
        paragraphs.ShouldContain("SỞ NỘI VỤ");
        paragraphs.ShouldContain("Số: 215/BC-SNV");
        paragraphs.ShouldContain("Quảng Ngãi, ngày 10 tháng 6 năm 2026");
        paragraphs.ShouldContain("Kết quả thực hiện kế hoạch thanh tra, kiểm tra 6 tháng đầu năm 2026");
        paragraphs.ShouldContain(p => p.Contains("từ ngày 15/12/2025 đến ngày 14/06/2026"));
        // Plan: 37 planned, 21 done (56,8%).
        paragraphs.ShouldContain("37");
        paragraphs.ShouldContain("56,8");
        // Coverage: 5/23 = 21,7% meets; 16/96 = 16,7% does not; overall 21/119 = 17,6%.
        paragraphs.ShouldContain("21,7");
        paragraphs.ShouldContain("16,7");
        paragraphs.ShouldContain("17,6");
        paragraphs.ShouldContain("Chưa đạt");
        paragraphs.ShouldContain("Chưa đạt chỉ tiêu giảm hội họp");
        paragraphs.ShouldContain("11"); // findings total
        paragraphs.ShouldContain("1.234.567.000");
        paragraphs.ShouldContain("987.000.500");
        paragraphs.ShouldContain(p => p.Contains("đã thu hồi: 987.000.500 đồng (đạt 79,9%)"));
        paragraphs.ShouldContain("12,4%");
        paragraphs.ShouldContain("58,3%");
        paragraphs.ShouldContain("96,1%");
        paragraphs.ShouldContain("15,0%");
        paragraphs.ShouldContain("19/21 đơn vị (90,5%)");
        paragraphs.ShouldContain("20/21 đơn vị (95,2%)");
        paragraphs.ShouldContain("KT. GIÁM ĐỐC");
        paragraphs.ShouldContain("PHÓ GIÁM ĐỐC");
    }

    [Fact]
    public void Should_put_the_same_figures_into_the_xlsx()
    {
        var sheets = new XlsxTableReader().ReadAll(new PeriodicReportDocument().ToXlsx(Figures()))
            .ToDictionary(s => s.Name, s => s.Table);

        var plan = sheets[PeriodicReportDocument.PlanSheet];
        plan.Rows[0].ShouldBe(new object?[] { "Kiểm tra", 37L, 21L, 56.8m });
        plan.Rows[1].ShouldBe(new object?[] { "Thanh tra", 4L, 3L, 75.0m });

        var coverage = sheets[PeriodicReportDocument.CoverageSheet];
        coverage.Rows.ShouldBe(new[]
        {
            new object?[] { "Sở, ban, ngành", 23L, 5L, 21.7m, "Đạt" },
            new object?[] { "Xã, phường, đặc khu", 96L, 16L, 16.7m, "Chưa đạt" },
            new object?[] { "Tổng cộng", 119L, 21L, 17.6m, "Chưa đạt" },
        });

        sheets[PeriodicReportDocument.FindingsSheet].Rows.Last().ShouldBe(new object?[] { "Tổng cộng", 11L });

        var sanctions = sheets[PeriodicReportDocument.SanctionsSheet];
        sanctions.Columns[2].Type.ShouldBe(ColumnType.MoneyVnd);
        sanctions.Rows[0].ShouldBe(new object?[] { "Thu hồi tiền", 2L, 1_234_567_000m, 987_000_500m });
        sanctions.Rows.Last().ShouldBe(new object?[] { "Tổng cộng", 5L, 1_234_567_000m, 987_000_500m });

        var kpi = sheets[PeriodicReportDocument.KpiSheet];
        kpi.Rows.Select(r => r[1]).ShouldBe(new object?[] { 12.4m, 58.3m, 96.1m, 15.0m, 19m, 20m });
        kpi.Rows.Select(r => r[4]).ShouldBe(new object?[] { "Đạt", "Chưa đạt", "Đạt", "Đạt", "Chưa đạt", "Chưa đạt" });
    }

    [Fact]
    public void Should_carry_only_its_own_sections_in_thanh_tra_tinhs_report()
    {
        // Issue 15: the 20% coverage and the KH534 indicators at the checked units are Sở Nội vụ's sections.
        var thanhTra = Figures() with { AuthorityName = "Thanh tra tỉnh", Coverage = null, Kpis = null };

        var headings = new PeriodicReportDocument().ToModel(thanhTra).Sections.Select(s => s.Heading).ToList();
        headings.ShouldBe(PeriodicReportDocument.NumberedSectionTitles(InspectionSuite.Organization.AuthorityCode.ThanhTra));
        headings.ShouldBe(["I. " + PeriodicReportDocument.PlanTitle, "II. " + PeriodicReportDocument.FindingsTitle]);
        var text = DocumentTestData.Text(new PeriodicReportDocument().ToDocx(thanhTra));
        text.ShouldNotContain("20%");
        text.ShouldNotContain("17,6"); // the coverage figures are not there either
        text.ShouldNotContain("12,4%");
        new XlsxTableReader().ReadAll(new PeriodicReportDocument().ToXlsx(thanhTra)).Select(s => s.Name)
            .ShouldBe([PeriodicReportDocument.PlanSheet, PeriodicReportDocument.FindingsSheet, PeriodicReportDocument.SanctionsSheet]);

        // Sở Nội vụ's carries them, numbered in order.
        new PeriodicReportDocument().ToModel(Figures()).Sections.Select(s => s.Heading).ShouldBe(
            ["I. " + PeriodicReportDocument.PlanTitle, "II. " + PeriodicReportDocument.CoverageTitle, "III. " + PeriodicReportDocument.FindingsTitle, "IV. " + PeriodicReportDocument.KpisTitle]);
    }

    [Fact]
    public void Should_count_twenty_percent_exactly_without_rounding()
    {
        new StratumCoverage("x", 96, 20).MeetsMinimum.ShouldBeTrue();   // ceil(19.2) = 20
        new StratumCoverage("x", 96, 19).MeetsMinimum.ShouldBeFalse();  // 19,8% rounds to 19,8, still short
        new StratumCoverage("x", 5, 1).MeetsMinimum.ShouldBeTrue();
        new StratumCoverage("x", 0, 0).Percent.ShouldBe(0m);
    }

    [Fact]
    public void Should_give_the_due_dates_of_the_six_month_and_annual_reports()
    {
        ReportingCalendar.SixMonthReportDueBefore(2026).ShouldBe(new DateOnly(2026, 6, 15));
        ReportingCalendar.AnnualReportDueBefore(2026).ShouldBe(new DateOnly(2026, 12, 15));

        var six = ReportingCalendar.SixMonths(2026);
        six.From.ShouldBe(new DateOnly(2025, 12, 15));
        six.To.ShouldBe(new DateOnly(2026, 6, 14));
        six.LastDay.ShouldBe(new DateOnly(2026, 6, 14));
        six.IsOnTime(new DateOnly(2026, 6, 14)).ShouldBeTrue();
        six.IsOnTime(new DateOnly(2026, 6, 15)).ShouldBeFalse();

        var annual = ReportingCalendar.Annual(2026);
        annual.From.ShouldBe(new DateOnly(2025, 12, 15));
        annual.To.ShouldBe(new DateOnly(2026, 12, 14));
    }

    [Theory]
    [InlineData("2026-01-10", ReportPeriodKind.SixMonths, 2026)]
    [InlineData("2026-06-14", ReportPeriodKind.SixMonths, 2026)]
    [InlineData("2026-06-15", ReportPeriodKind.Annual, 2026)]
    [InlineData("2026-12-14", ReportPeriodKind.Annual, 2026)]
    [InlineData("2026-12-15", ReportPeriodKind.SixMonths, 2027)]
    [InlineData("2026-12-31", ReportPeriodKind.SixMonths, 2027)]
    public void Should_show_the_next_report_due(string today, ReportPeriodKind kind, int year)
    {
        var next = ReportingCalendar.Next(DateOnly.Parse(today, System.Globalization.CultureInfo.InvariantCulture));

        next.Kind.ShouldBe(kind);
        next.Year.ShouldBe(year);
    }

    [Fact]
    public void Should_count_days_left_until_the_last_day_on_time()
    {
        ReportingCalendar.DaysLeft(ReportingCalendar.SixMonths(2026), new DateOnly(2026, 6, 1)).ShouldBe(13);
        ReportingCalendar.DaysLeft(ReportingCalendar.SixMonths(2026), new DateOnly(2026, 6, 14)).ShouldBe(0);
    }
}
