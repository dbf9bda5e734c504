namespace InspectionSuite.Documents;

/// <summary>
/// The periodic report of the plan's implementation as an official .docx (with tables) and as an .xlsx
/// workbook holding the same figures, one sheet per table.
/// </summary>
public sealed class PeriodicReportDocument(DocxOfficialDocumentWriter docx, XlsxTableWriter xlsx)
{
    public PeriodicReportDocument() : this(new DocxOfficialDocumentWriter(), new XlsxTableWriter()) { }

    // Targets from the seed plan (section II); shown beside the aggregates.
    public const decimal MeetingsReducedTarget = 10m, OnlineMeetingsTarget = 60m, DigitalProceduresTarget = 95m, DocumentsReducedTarget = 15m;

    public const string PlanSheet = "Thực hiện kế hoạch", CoverageSheet = "Bao phủ", FindingsSheet = "Phát hiện",
        SanctionsSheet = "Xử lý vi phạm", KpiSheet = "Chỉ số";

    public const string PlanTitle = "KẾT QUẢ THỰC HIỆN KẾ HOẠCH THANH TRA, KIỂM TRA",
        CoverageTitle = "TỶ LỆ CƠ QUAN, ĐƠN VỊ, ĐỊA PHƯƠNG ĐƯỢC KIỂM TRA (YÊU CẦU TỐI THIỂU 20%)",
        FindingsTitle = "PHÁT HIỆN VÀ XỬ LÝ VI PHẠM",
        KpisTitle = "KẾT QUẢ THỰC HIỆN CÁC CHỈ TIÊU TẠI CÁC ĐƠN VỊ ĐƯỢC KIỂM TRA",
        UnitsImplementationTitle = "KẾT QUẢ THỰC HIỆN KẾ HOẠCH TẠI CÁC CƠ QUAN, ĐƠN VỊ, ĐỊA PHƯƠNG",
        ProposalsTitle = "ĐỀ XUẤT, KIẾN NGHỊ";

    /// <summary>
    /// The sections an authority's report carries, in order (issue 15: each authority only its own). The 20% coverage,
    /// the KH534 indicators at the checked units, the plan in every unit and the proposals are Sở Nội vụ's (seed IV.2:
    /// Sở Nội vụ checks at least 20% of the units and reports on the plan); Thanh tra tỉnh reports its inspections.
    /// </summary>
    public static IReadOnlyList<string> SectionTitles(AuthorityCode authority)
        => CarriesPlanMonitoring(authority)
            ? [PlanTitle, CoverageTitle, FindingsTitle, KpisTitle, UnitsImplementationTitle, ProposalsTitle]
            : [PlanTitle, FindingsTitle];

    /// <summary>The headings as the document numbers them (I., II., …).</summary>
    public static IReadOnlyList<string> NumberedSectionTitles(AuthorityCode authority)
        => [.. SectionTitles(authority).Select((t, i) => Numbered(i, t))];

    private static string Numbered(int index, string heading) => $"{Roman(index + 1)}. {heading}";

    /// <summary>Whether the authority's report carries the plan-monitoring sections (the one rule: the app service and the page ask here).</summary>
    public static bool CarriesPlanMonitoring(AuthorityCode authority) => authority == AuthorityCode.NoiVu;

    public byte[] ToDocx(PeriodicReportFigures f) => docx.Write(ToModel(f));

    public byte[] ToXlsx(PeriodicReportFigures f) => xlsx.Write(ToSheets(f));

    public OfficialDocumentModel ToModel(PeriodicReportFigures f)
    {
        var sections = new List<DocumentSection>
        {
            new(PlanTitle,
            [
                new DocumentTable(["Nội dung", "Kế hoạch", "Đã thực hiện", "Tỷ lệ (%)"],
                [
                    ["Kiểm tra", N(f.ChecksPlanned), N(f.ChecksDone), OfficialText.Number(Percentages.Of(f.ChecksDone, f.ChecksPlanned), 1)],
                    ["Thanh tra", N(f.InspectionsPlanned), N(f.InspectionsDone), OfficialText.Number(Percentages.Of(f.InspectionsDone, f.InspectionsPlanned), 1)],
                ]),
            ]),
        };
        if (f.Coverage is { } coverage)
        {
            var (totalUnits, totalChecked) = CoverageTotals(coverage);
            sections.Add(new(CoverageTitle,
            [
                new DocumentTable(["Nhóm đơn vị", "Tổng số đơn vị", "Đã kiểm tra", "Tỷ lệ (%)", "Đánh giá"],
                [
                    .. coverage.Select(c => (IReadOnlyList<string>)[c.Stratum, N(c.UnitsTotal), N(c.UnitsChecked), OfficialText.Number(c.Percent, 1), Verdict(c.MeetsMinimum)]),
                    ["Tổng cộng", N(totalUnits), N(totalChecked), OfficialText.Number(Percentages.Of(totalChecked, totalUnits), 1), Verdict(5L * totalChecked >= totalUnits)],
                ]),
            ]));
        }
        sections.Add(new(FindingsTitle,
        [
            new DocumentParagraph("1. Phát hiện qua thanh tra, kiểm tra", Bold: true),
            new DocumentTable(["Loại phát hiện", "Số lượng"],
            [
                .. f.FindingsByType.Select(x => (IReadOnlyList<string>)[x.Type, N(x.Count)]),
                ["Tổng cộng", N(f.FindingsByType.Sum(x => x.Count))],
            ]),
            new DocumentParagraph("2. Xử lý vi phạm", Bold: true),
            new DocumentTable(["Hình thức xử lý", "Số lượng", "Số tiền quyết định (đồng)", "Số tiền đã thu hồi (đồng)"],
            [
                .. f.SanctionsByType.Select(s => (IReadOnlyList<string>)[s.Type, N(s.Count), OfficialText.Number(s.AmountDecided), OfficialText.Number(s.AmountRecovered)]),
                ["Tổng cộng", N(f.SanctionsByType.Sum(s => s.Count)), OfficialText.Number(f.MoneyDecided), OfficialText.Number(f.MoneyRecovered)],
            ]),
            new DocumentParagraph(
                $"Tổng số tiền quyết định thu hồi: {OfficialText.Number(f.MoneyDecided)} đồng; đã thu hồi: {OfficialText.Number(f.MoneyRecovered)} đồng " +
                $"(đạt {OfficialText.Percent(Percentages.Of(f.MoneyRecovered, f.MoneyDecided))})."),
        ]));
        if (f.Kpis is { } kpis)
        {
            sections.Add(new(KpisTitle,
            [
                new DocumentParagraph($"Tổng hợp tại {N(kpis.UnitsChecked)} cơ quan, đơn vị, địa phương được kiểm tra:"),
                new DocumentTable(["Chỉ tiêu", "Kết quả", "Yêu cầu", "Đánh giá"],
                    [.. Kpis(kpis).Select(k => (IReadOnlyList<string>)[k.Name, k.Result, k.Target, Verdict(k.Met)])]),
            ]));
        }
        if (f.Implementation is { } impl) sections.AddRange(ImplementationSections(impl));
        // Numbered in the order they are carried: an authority's report has only its own sections (issue 15).
        sections = [.. sections.Select((s, i) => s with { Heading = Numbered(i, s.Heading) })];
        // Sở Nội vụ's report is the draft of UBND tỉnh's report to Bộ Nội vụ (seed IV.2): UBND tỉnh issues it.
        var forProvince = f.Implementation is not null;
        return new OfficialDocumentModel
        {
            Mark = forProvince ? "DỰ THẢO" : "",
            IssuingParentBody = forProvince ? "" : f.AuthorityParentName,
            IssuingBody = forProvince ? f.AuthorityParentName : f.AuthorityName,
            NumberAndSymbol = f.ReportNumber,
            Place = f.Place,
            Date = f.ReportDate,
            Title = "BÁO CÁO",
            Abstract = $"Kết quả thực hiện kế hoạch thanh tra, kiểm tra {f.Period.Label}",
            Considerations =
            [
                $"Thực hiện chế độ báo cáo định kỳ, {(forProvince ? f.AuthorityParentName : f.AuthorityName)} báo cáo kết quả thực hiện kế hoạch thanh tra, kiểm tra {f.Period.Label} " +
                $"(số liệu từ ngày {OfficialText.ShortDate(f.Period.From)} đến ngày {OfficialText.ShortDate(f.Period.To)}) như sau:",
            ],
            Sections = sections,
            Recipients = forProvince ? ["Bộ Nội vụ;", "Sở Nội vụ;", "Lưu: VT."] : f.Recipients,
            Signature = forProvince ? new SignatureBlock("TM. ỦY BAN NHÂN DÂN", "CHỦ TỊCH", "") : f.Signature,
        };
    }

    public IReadOnlyList<XlsxSheet> ToSheets(PeriodicReportFigures f)
    {
        var title = $"Kết quả thực hiện kế hoạch thanh tra, kiểm tra {f.Period.Label} - {f.AuthorityName}";
        var sheets = new List<XlsxSheet>
        {
            new(PlanSheet, new TabularExport(title,
                [new("Nội dung"), new("Kế hoạch", ColumnType.Integer), new("Đã thực hiện", ColumnType.Integer), new("Tỷ lệ (%)", ColumnType.Decimal)],
                [
                    ["Kiểm tra", f.ChecksPlanned, f.ChecksDone, Percentages.Of(f.ChecksDone, f.ChecksPlanned)],
                    ["Thanh tra", f.InspectionsPlanned, f.InspectionsDone, Percentages.Of(f.InspectionsDone, f.InspectionsPlanned)],
                ])),
        };
        if (f.Coverage is { } coverage)
        {
            var (totalUnits, totalChecked) = CoverageTotals(coverage);
            sheets.Add(new(CoverageSheet, new TabularExport($"Tỷ lệ đơn vị được kiểm tra {f.Period.Label} (yêu cầu tối thiểu 20%)",
                [new("Nhóm đơn vị"), new("Tổng số đơn vị", ColumnType.Integer), new("Đã kiểm tra", ColumnType.Integer), new("Tỷ lệ (%)", ColumnType.Decimal), new("Đánh giá", Width: 14)],
                [
                    .. coverage.Select(c => (IReadOnlyList<object?>)[c.Stratum, c.UnitsTotal, c.UnitsChecked, c.Percent, Verdict(c.MeetsMinimum)]),
                    ["Tổng cộng", totalUnits, totalChecked, Percentages.Of(totalChecked, totalUnits), Verdict(5L * totalChecked >= totalUnits)],
                ])));
        }
        sheets.Add(new(FindingsSheet, new TabularExport($"Phát hiện qua thanh tra, kiểm tra {f.Period.Label}",
            [new("Loại phát hiện"), new("Số lượng", ColumnType.Integer)],
            [.. f.FindingsByType.Select(x => (IReadOnlyList<object?>)[x.Type, x.Count]), ["Tổng cộng", f.FindingsByType.Sum(x => x.Count)]])));
        sheets.Add(new(SanctionsSheet, new TabularExport($"Xử lý vi phạm {f.Period.Label}",
            [new("Hình thức xử lý"), new("Số lượng", ColumnType.Integer), new("Số tiền quyết định (đồng)", ColumnType.MoneyVnd), new("Số tiền đã thu hồi (đồng)", ColumnType.MoneyVnd)],
            [
                .. f.SanctionsByType.Select(s => (IReadOnlyList<object?>)[s.Type, s.Count, s.AmountDecided, s.AmountRecovered]),
                ["Tổng cộng", f.SanctionsByType.Sum(s => s.Count), f.MoneyDecided, f.MoneyRecovered],
            ])));
        if (f.Kpis is { } kpis)
        {
            sheets.Add(new(KpiSheet, new TabularExport($"Chỉ tiêu tại {kpis.UnitsChecked} đơn vị được kiểm tra {f.Period.Label}",
                [new("Chỉ tiêu", Width: 48), new("Kết quả", ColumnType.Decimal), new("Đơn vị tính", Width: 14), new("Yêu cầu", Width: 18), new("Đánh giá", Width: 14)],
                [.. Kpis(kpis).Select(k => (IReadOnlyList<object?>)[k.Name, k.Value, k.Unit, k.Target, Verdict(k.Met)])])));
        }
        return sheets;
    }

    private sealed record Kpi(string Name, decimal Value, string Unit, string Result, string Target, bool Met);

    private static IEnumerable<Kpi> Kpis(KpiAggregates k)
    {
        Kpi AtLeast(string name, decimal value, decimal target)
            => new(name, value, "%", OfficialText.Percent(value), "≥ " + OfficialText.Percent(target), value >= target);
        Kpi Units(string name, int count)
            => new(name, count, "đơn vị", $"{N(count)}/{N(k.UnitsChecked)} đơn vị ({OfficialText.Percent(Percentages.Of(count, k.UnitsChecked))})",
                "100%", count >= k.UnitsChecked);
        yield return AtLeast("Số cuộc họp giảm so với năm trước", k.MeetingsReducedPercent, MeetingsReducedTarget);
        yield return AtLeast("Tỷ lệ cuộc họp trực tuyến", k.OnlineMeetingsSharePercent, OnlineMeetingsTarget);
        yield return AtLeast("Thủ tục hành chính giải quyết trên môi trường điện tử", k.DigitalProceduresPercent, DigitalProceduresTarget);
        yield return AtLeast("Số văn bản hành chính ban hành giảm so với năm trước", k.DocumentsReducedPercent, DocumentsReducedTarget);
        yield return Units("Đơn vị ban hành kế hoạch thực hiện đúng hạn", k.PlansIssuedOnTime);
        yield return Units("Đơn vị gửi báo cáo định kỳ đúng hạn", k.ReportsOnTime);
    }

    /// <summary>The plan in every unit and the proposals (IV.2): the last two sections of Sở Nội vụ's draft.</summary>
    private static IEnumerable<DocumentSection> ImplementationSections(PlanImplementation m)
    {
        string Result(decimal? p) => p is { } v ? OfficialText.Percent(v) : "Chưa có số liệu";
        string Outcome(Monitoring.KpiOutcome o) => o switch { Monitoring.KpiOutcome.Met => "Đạt", Monitoring.KpiOutcome.NotMet => "Chưa đạt", _ => "Chưa có số liệu" };
        string Names(IReadOnlyList<string> names) => names.Count == 0 ? "không có" : string.Join("; ", names);
        yield return new(UnitsImplementationTitle,
        [
            new DocumentParagraph("1. Ban hành kế hoạch triển khai", Bold: true),
            new DocumentParagraph($"Tổng số {N(m.PlansTotal)} cơ quan, đơn vị, địa phương: {N(m.PlansOnTime)} ban hành đúng hạn, {N(m.PlansLate)} trễ hạn, {N(m.PlansMissing)} chưa gửi. " +
                $"Đơn vị chưa gửi kế hoạch: {Names(m.PlansMissingUnits)}."),
            new DocumentParagraph("2. Thực hiện các chỉ tiêu (tổng hợp từ số liệu gốc của các đơn vị đã báo cáo)", Bold: true),
            new DocumentTable(["Chỉ tiêu", "Số liệu", "Kết quả", "Yêu cầu", "Đánh giá"],
                [.. m.Indicators.Select(i => (IReadOnlyList<string>)[i.Name, $"{OfficialText.Number((decimal)i.Numerator)}/{OfficialText.Number((decimal)i.Denominator)}", Result(i.Percent), (i.TargetPercent >= 100 ? "" : "≥ ") + OfficialText.Percent(i.TargetPercent), Outcome(i.Outcome)])]),
            new DocumentParagraph("3. Chế độ báo cáo định kỳ", Bold: true),
            new DocumentParagraph($"{N(m.UnitsReported)}/{N(m.UnitsTotal)} đơn vị đã báo cáo ({N(m.UnitsOnTime)} đúng hạn, {N(m.UnitsLate)} trễ hạn); {N(m.UnitsMissing)} đơn vị chưa báo cáo. " +
                $"Đơn vị trễ hạn, chưa báo cáo hoặc bị trả lại: {Names(m.UnitsLateOrMissing)}."),
        ]);
        yield return new(ProposalsTitle,
        [
            new DocumentParagraph($"1. Đề nghị biểu dương các đơn vị báo cáo đúng hạn và đạt mọi chỉ tiêu đã báo cáo: {Names(m.Commended)}."),
            new DocumentParagraph($"2. Đề nghị chấn chỉnh, xem xét trách nhiệm người đứng đầu các đơn vị chưa ban hành kế hoạch hoặc chưa báo cáo: {Names([.. m.PlansMissingUnits.Union(m.UnitsLateOrMissing)])}."),
        ]);
    }

    private static (int Units, int Checked) CoverageTotals(IReadOnlyList<StratumCoverage> coverage)
        => (coverage.Sum(c => c.UnitsTotal), coverage.Sum(c => c.UnitsChecked));

    private static string Roman(int n) => n switch { 1 => "I", 2 => "II", 3 => "III", 4 => "IV", 5 => "V", 6 => "VI", 7 => "VII", 8 => "VIII", _ => n.ToString(System.Globalization.CultureInfo.InvariantCulture) };

    private static string Verdict(bool met) => met ? "Đạt" : "Chưa đạt";

    private static string N(int value) => OfficialText.Number(value);
}
