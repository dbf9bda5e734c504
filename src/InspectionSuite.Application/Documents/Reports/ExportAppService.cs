using R = InspectionSuite.Permissions.InspectionSuitePermissions.Reports;

namespace InspectionSuite.Documents;

/// <summary>
/// Registers as .xlsx / .csv from the cases the caller may see (Reports.Export, and the case visibility rules of
/// <see cref="CaseAccess"/>). The tables are built by <see cref="BuildAsync"/> so tests can compare them with the files.
/// </summary>
public sealed class ExportAppService(
    CaseAccess access,
    IPermissionChecker permissions,
    IRepository<InspectionCase> cases,
    IRepository<Sanction> sanctions,
    IRepository<Unit> units,
    IWorkflowInstanceQueries workflows,
    CaseDeadlineCalculator deadlines,
    XlsxTableWriter xlsx) : IExportAppService
{
    public async Task<GeneratedFile> ExportAsync(ExportKind kind, ExportFormat format, ExportFilter filter, CancellationToken ct = default)
    {
        var table = await BuildAsync(kind, filter, ct);
        var year = filter.Year ?? access.Today.Year;
        var baseName = $"{Slug(kind)}_{year}" + (filter.Authority is { } a ? "_" + a : "");
        return format == ExportFormat.Csv
            ? new GeneratedFile(baseName + ".csv", GeneratedFile.CsvContentType, TabularCsvWriter.WriteUtf8(table))
            : new GeneratedFile(baseName + ".xlsx", GeneratedFile.XlsxContentType, xlsx.Write(table, SheetName(kind)));
    }

    public static string Slug(ExportKind kind) => kind switch
    {
        ExportKind.SanctionsRegister => "sanctions-register",
        ExportKind.CoverageByStratum => "coverage-by-stratum",
        ExportKind.OverdueItems => "overdue-items",
        _ => throw new ArgumentOutOfRangeException(nameof(kind)),
    };

    public static bool TryParseKind(string value, out ExportKind kind)
    {
        foreach (var k in Enum.GetValues<ExportKind>())
            if (string.Equals(value, k.ToString(), StringComparison.OrdinalIgnoreCase) || string.Equals(value, Slug(k), StringComparison.OrdinalIgnoreCase))
            {
                kind = k;
                return true;
            }
        kind = default;
        return false;
    }

    public static string SheetName(ExportKind kind) => kind switch
    {
        ExportKind.SanctionsRegister => "Xử lý vi phạm",
        ExportKind.CoverageByStratum => "Bao phủ",
        _ => "Quá hạn",
    };

    public async Task<TabularExport> BuildAsync(ExportKind kind, ExportFilter filter, CancellationToken ct = default)
    {
        await permissions.CheckAsync(R.Export, ct);
        var year = filter.Year ?? access.Today.Year;
        var query = await access.AllVisibleAsync(ct);
        if (filter.Authority is { } authority) query = query.Where(c => c.Authority == authority);
        var loaded = await cases.ToListAsync(query, ct);
        // The sanctions are the cases' follow-up (its own aggregate): read for the same visible cases.
        var sanctionsOf = (await sanctions.ToListAsync(sanctions.Query().Where(s => query.Any(c => c.Id == s.CaseId)), ct)).ToLookup(s => s.CaseId);
        var unitList = await units.ToListAsync(units.QueryIncludingDeleted(), ct);
        var unitNames = unitList.ToDictionary(u => u.Id, u => u.Name);
        string UnitName(Guid id) => unitNames.GetValueOrDefault(id, "");
        return kind switch
        {
            ExportKind.SanctionsRegister => SanctionsRegister(loaded, sanctionsOf, year, UnitName),
            ExportKind.CoverageByStratum => Coverage(unitList.Where(u => !u.IsDeleted), loaded, year),
            ExportKind.OverdueItems => await OverdueAsync(loaded, sanctionsOf, UnitName, ct),
            _ => throw new ArgumentOutOfRangeException(nameof(kind)),
        };
    }

    private static TabularExport SanctionsRegister(List<InspectionCase> loaded, ILookup<Guid, Sanction> sanctionsOf, int year, Func<Guid, string> unitName)
    {
        var rows = loaded.Where(c => c.Conclusion.Date?.Year == year)
            .OrderBy(c => c.Conclusion.Date).ThenBy(c => c.Code)
            .SelectMany(c => sanctionsOf[c.Id].Select(s => (IReadOnlyList<object?>)
            [
                c.Code, c.Decision.Number, c.Conclusion.Number, unitName(c.UnitId), CaseDocumentFields.SanctionName(s.Type), s.Target,
                s.AmountVnd ?? 0m, s.AmountRecoveredVnd, s.Deadline, StatusName(s.Status),
            ]))
            .ToList();
        rows.Add(["Tổng cộng", null, null, null, null, null, rows.Sum(r => (decimal)r[6]!), rows.Sum(r => (decimal)r[7]!), null, null]);
        return new TabularExport($"Sổ theo dõi xử lý vi phạm, kiến nghị năm {year}",
        [
            new("Mã vụ việc", Width: 14), new("Số quyết định", Width: 16), new("Số kết luận", Width: 16), new("Đơn vị"), new("Hình thức xử lý", Width: 26),
            new("Đối tượng"), new("Số tiền quyết định (đồng)", ColumnType.MoneyVnd), new("Số tiền đã thu hồi (đồng)", ColumnType.MoneyVnd),
            new("Thời hạn", ColumnType.Date), new("Tình trạng", Width: 16),
        ], rows);
    }

    private static TabularExport Coverage(IEnumerable<Unit> unitList, List<InspectionCase> loaded, int year)
    {
        var coverage = CaseStatistics.Coverage(unitList, loaded, new DateOnly(year, 1, 1), new DateOnly(year, 12, 31));
        var total = (Units: coverage.Sum(c => c.UnitsTotal), Checked: coverage.Sum(c => c.UnitsChecked));
        var totalRow = new StratumCoverage("Tổng cộng", total.Units, total.Checked);
        return new TabularExport($"Tỷ lệ cơ quan, đơn vị được thanh tra, kiểm tra năm {year} (yêu cầu tối thiểu 20%)",
        [
            new("Nhóm đơn vị"), new("Tổng số đơn vị", ColumnType.Integer), new("Đã thanh tra, kiểm tra", ColumnType.Integer),
            new("Tỷ lệ (%)", ColumnType.Decimal), new("Yêu cầu tối thiểu (%)", ColumnType.Decimal), new("Đánh giá", Width: 14),
        ],
        [.. coverage.Append(totalRow).Select(c => (IReadOnlyList<object?>)[c.Stratum, c.UnitsTotal, c.UnitsChecked, c.Percent, StratumCoverage.MinimumPercent, c.MeetsMinimum ? "Đạt" : "Chưa đạt"])]);
    }

    private async Task<TabularExport> OverdueAsync(List<InspectionCase> loaded, ILookup<Guid, Sanction> sanctionsOf, Func<Guid, string> unitName, CancellationToken ct)
    {
        var today = access.Today;
        var rows = new List<IReadOnlyList<object?>>();
        var limitsCache = new Dictionary<(string, int), CaseDeadlineCalculator.Limits>();
        foreach (var c in loaded.Where(c => !c.IsFinal).OrderBy(c => c.Code))
        {
            if (c.WorkflowInstanceId is not { } instanceId) continue;
            var instance = await workflows.GetInstanceAsync(instanceId, ct);
            if (!limitsCache.TryGetValue((instance.DefinitionId, instance.DefinitionVersion), out var limits))
                limitsCache[(instance.DefinitionId, instance.DefinitionVersion)] = limits = await deadlines.GetLimitsAsync(instance.DefinitionId, instance.DefinitionVersion, ct);
            var d = deadlines.Compute(c, limits, today);
            void Add(string what, DateOnly due) => rows.Add([c.Code, unitName(c.UnitId), "Vụ việc", what, due, (long)(today.DayNumber - due.DayNumber), c.State]);
            if (d.OnSiteOverdue && d.OnSiteDue is { } os) Add("Thời hạn làm việc trực tiếp", os);
            else if (c.OverdueFlagged && d.OnSiteDue is { } flagged) Add("Thời hạn làm việc trực tiếp", flagged);
            if (d.ResultsReportOverdue && d.ResultsReportDue is { } rr) Add("Thời hạn báo cáo kết quả", rr);
            if (d.ConclusionOverdue && d.ConclusionDue is { } cd) Add("Thời hạn ban hành kết luận", cd);
        }
        foreach (var c in loaded.OrderBy(c => c.Code))
            foreach (var s in sanctionsOf[c.Id].Where(s => s.IsOverdue(today)).OrderBy(s => s.Deadline))
                rows.Add([c.Code, unitName(c.UnitId), "Xử lý sau thanh tra, kiểm tra", $"{CaseDocumentFields.SanctionName(s.Type)}: {s.Target}",
                    s.Deadline!.Value, (long)(today.DayNumber - s.Deadline!.Value.DayNumber), StatusName(s.Status)]);
        return new TabularExport($"Các việc quá hạn tính đến ngày {OfficialText.ShortDate(today)}",
        [
            new("Mã vụ việc", Width: 14), new("Đơn vị"), new("Loại", Width: 26), new("Nội dung", Width: 40), new("Hạn", ColumnType.Date),
            new("Số ngày quá hạn", ColumnType.Integer), new("Trạng thái", Width: 16),
        ], rows);
    }

    public static string StatusName(SanctionStatus s) => s switch
    {
        SanctionStatus.Issued => "Chưa thực hiện",
        SanctionStatus.InProgress => "Đang thực hiện",
        SanctionStatus.Done => "Đã thực hiện",
        SanctionStatus.CarriedOver => "Chuyển kỳ sau",
        SanctionStatus.Reported => "Chờ xác nhận",
        _ => s.ToString(),
    };
}
