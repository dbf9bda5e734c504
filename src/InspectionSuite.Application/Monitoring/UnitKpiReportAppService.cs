using P = InspectionSuite.Permissions.InspectionSuitePermissions.Monitoring;

namespace InspectionSuite.Monitoring;

/// <summary>
/// The units' periodic reports with raw figures (seed IV.1) and the province's figures computed from them
/// (<see cref="KpiIndicators.Aggregate"/>: sums first, the formula once; a unit without a current report is absent,
/// never zero). Rules and API in docs/monitoring.md.
/// </summary>
public sealed class UnitKpiReportAppService(
    MonitoringAccess access,
    MonitoringFigures figures,
    IPermissionChecker permissions,
    IRepository<UnitKpiReport> reports,
    IUnitOfWork uow,
    IOptions<MonitoringOptions> options) : IUnitKpiReportAppService
{
    private MonitoringOptions Options => options.Value;

    public async Task<IReadOnlyList<KpiPeriodDto>> GetPeriodsAsync(int? year = null, CancellationToken ct = default)
    {
        await permissions.CheckAsync(P.Default, ct);
        var y = year is >= 2000 and <= 2100 ? year.Value : access.Today.Year;
        return MonitoringOptions.PeriodsOf(y).Select(ToDto).ToList();
    }

    private KpiPeriodDto ToDto(KpiPeriod p) => new(p.ToString(), p.Kind, p.Year, p.From, p.To, Options.DueOn(p));

    public async Task<UnitKpiReportDto> GetAsync(Guid unitId, string period, CancellationToken ct = default)
    {
        var p = MonitoringAccess.ParsePeriod(period);
        var unit = await access.UnitToReadAsync(unitId, ct);
        return ToDto(unit, p, await FindAsync(unitId, p, ct));
    }

    public async Task<UnitKpiReportDto> SubmitAsync(Guid unitId, string period, IReadOnlyDictionary<string, Dictionary<string, long>> body, CancellationToken ct = default)
    {
        var p = MonitoringAccess.ParsePeriod(period);
        var unit = await access.UnitToWriteAsync(unitId, ct);
        // Every indicator is checked before anything is written: one bad figure refuses the whole report.
        var parsed = KpiReportFigures.Parse(body);
        var report = await FindAsync(unitId, p, ct);
        if (report is null)
        {
            report = new UnitKpiReport(Guid.NewGuid(), unitId, p, parsed, access.Today);
            await reports.InsertAsync(report, ct);
        }
        else
        {
            report.Submit(parsed, access.Today);
        }
        await uow.SaveChangesAsync(ct);
        return ToDto(unit, p, report);
    }

    public async Task<UnitKpiReportDto> ReturnAsync(Guid unitId, string period, ReturnKpiReportDto input, CancellationToken ct = default)
    {
        await permissions.CheckAsync(P.Review, ct);
        var p = MonitoringAccess.ParsePeriod(period);
        var unit = await access.UnitToReadAsync(unitId, ct);
        var report = await FindAsync(unitId, p, ct) ?? throw new EntityNotFoundException(nameof(UnitKpiReport), $"{unit.Code} {p}");
        report.Return(input.Reason ?? "", access.Today);
        await uow.SaveChangesAsync(ct);
        return ToDto(unit, p, report);
    }

    public async Task<ProvinceKpiDto> GetProvinceAsync(string period, CancellationToken ct = default)
    {
        await permissions.CheckAsync(P.ViewAll, ct);
        return await figures.ProvinceAsync(MonitoringAccess.ParsePeriod(period), access.Today, ct);
    }

    public async Task<IReadOnlyList<ProvinceKpiDto>> GetProvinceTrendAsync(int year, CancellationToken ct = default)
    {
        await permissions.CheckAsync(P.ViewAll, ct);
        if (year is < 2000 or > 2100) throw new BusinessException(MonitoringErrorCodes.PeriodInvalid, year.ToString(System.Globalization.CultureInfo.InvariantCulture));
        return await figures.YearAsync(year, access.Today, ct);
    }

    /// <summary>
    /// The province's figures for a period, a pure function of the register and the reports: only current (submitted,
    /// not returned) reports of units in the register count; each indicator sums the figures of the units that gave it.
    /// </summary>
    public static ProvinceKpiDto Province(KpiPeriod p, DateOnly due, DateOnly today, IReadOnlyList<Unit> units, IReadOnlyDictionary<Guid, UnitKpiReport> byUnit)
    {
        var standings = units.Select(u => Standing(u, byUnit.GetValueOrDefault(u.Id), due, today)).ToList();
        var current = units.Select(u => byUnit.GetValueOrDefault(u.Id)).Where(r => r is { IsReturned: false }).Select(r => r!.Figures).ToList();
        var indicators = KpiIndicators.All.Select(i =>
        {
            var a = KpiIndicators.Aggregate(i, current.Where(f => f.ContainsKey(i.Code)).Select(f => f[i.Code]));
            return new ProvinceIndicatorDto(i.Code, i.Criterion, i.NameVi, i.NameEn, i.Kind, i.NumeratorFigure, i.DenominatorFigure,
                a.NumeratorSum, a.DenominatorSum, a.Percent, a.TargetPercent, a.Outcome, a.UnitsReported);
        }).ToList();
        int Count(SubmissionStanding s) => standings.Count(x => x.Standing == s);
        return new ProvinceKpiDto(p.ToString(), due, units.Count, current.Count, Count(SubmissionStanding.OnTime), Count(SubmissionStanding.Late),
            Count(SubmissionStanding.Missing), Count(SubmissionStanding.Returned), indicators,
            standings.Where(s => s.Standing is SubmissionStanding.Late or SubmissionStanding.Missing or SubmissionStanding.Returned).ToList());
    }

    public async Task<IReadOnlyList<UnitStandingDto>> GetStandingsAsync(string period, CancellationToken ct = default)
    {
        await permissions.CheckAsync(P.ViewAll, ct);
        var p = MonitoringAccess.ParsePeriod(period);
        var (units, byUnit) = await figures.PeriodAsync(p, ct);
        var due = Options.DueOn(p);
        return units.Select(u => Standing(u, byUnit.GetValueOrDefault(u.Id), due, access.Today)).ToList();
    }

    public async Task<IReadOnlyList<UnitGapDto>> GetFurthestFromTargetAsync(string period, int take, CancellationToken ct = default)
    {
        await permissions.CheckAsync(P.ViewAll, ct);
        var p = MonitoringAccess.ParsePeriod(period);
        var (units, byUnit) = await figures.PeriodAsync(p, ct);
        var gaps = new List<UnitGapDto>();
        foreach (var unit in units)
        {
            if (byUnit.GetValueOrDefault(unit.Id) is not { IsReturned: false } report) continue;
            foreach (var (code, given) in report.Figures)
            {
                var indicator = KpiIndicators.Find(code)!;
                var own = KpiIndicators.Aggregate(indicator, [given]);
                if (own is { Outcome: KpiOutcome.NotMet, Percent: { } percent })
                    gaps.Add(new UnitGapDto(unit.Id, unit.Code, unit.Name, code, percent, own.TargetPercent, own.TargetPercent - percent));
            }
        }
        return gaps.OrderByDescending(g => g.Gap).ThenBy(g => g.UnitCode, StringComparer.Ordinal).Take(Math.Clamp(take, 1, 100)).ToList();
    }

    public async Task<Guid?> GetMyUnitIdAsync(CancellationToken ct = default)
    {
        await permissions.CheckAsync(P.Default, ct);
        return await access.MyUnitIdAsync(ct);
    }

    private Task<UnitKpiReport?> FindAsync(Guid unitId, KpiPeriod p, CancellationToken ct)
    {
        var text = p.ToString();
        return reports.FirstOrDefaultAsync(reports.Query().Where(r => r.UnitId == unitId && r.Period == text), ct);
    }

    private static UnitStandingDto Standing(Unit u, UnitKpiReport? r, DateOnly due, DateOnly today)
        => new(u.Id, u.Code, u.Name, SubmissionDeadline.Standing(due, r?.FirstSubmittedOn, r?.IsReturned == true, today), r?.SubmittedOn, r?.ReturnReason);

    private UnitKpiReportDto ToDto(Unit unit, KpiPeriod p, UnitKpiReport? r)
    {
        var due = Options.DueOn(p);
        return new UnitKpiReportDto(unit.Id, unit.Code, unit.Name, p.ToString(), due,
            SubmissionDeadline.Standing(due, r?.FirstSubmittedOn, r?.IsReturned == true, access.Today),
            r?.Status, r?.FirstSubmittedOn, r?.SubmittedOn, r?.ReturnReason, r?.ReturnedOn,
            r is null ? new Dictionary<string, Dictionary<string, long>>() : KpiReportFigures.ToBody(r.Figures))
        {
            ResubmitDueOn = r is { IsReturned: true, ReturnedOn: { } returnedOn } ? figures.ResubmitDueOn(returnedOn) : null,
        };
    }
}
