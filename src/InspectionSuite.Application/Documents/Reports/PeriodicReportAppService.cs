using R = InspectionSuite.Permissions.InspectionSuitePermissions.Reports;

namespace InspectionSuite.Documents;

/// <summary>
/// The periodic report of the plan's implementation, computed from the cases of one authority that the caller may see
/// (Reports.Export): planned and done checks / inspections, coverage per stratum, findings and sanctions by type, money
/// decided and recovered, and the seed KPIs over the checked units (rules in <see cref="CaseStatistics"/>).
/// </summary>
public sealed class PeriodicReportAppService(
    CaseAccess access,
    IPermissionChecker permissions,
    IRepository<InspectionCase> cases,
    IRepository<Sanction> sanctionsRepository,
    IRepository<Unit> units,
    DocumentOptions options,
    PeriodicReportDocument document,
    Monitoring.MonitoringFigures monitoring) : IPeriodicReportAppService
{
    public async Task<PeriodicReportFigures> ComputeAsync(AuthorityCode authority, ReportingPeriod period, CancellationToken ct = default)
    {
        await permissions.CheckAsync(R.Export, ct);
        var query = (await access.AllVisibleAsync(ct)).Where(c => c.Authority == authority);
        var loaded = await cases.ToListAsync(query, ct);
        var unitList = await units.ToListAsync(units.Query(), ct);
        var (from, to) = (period.From, period.To);

        int Planned(CaseKind k) => loaded.Count(c => c.Kind == k && CaseStatistics.IsPlanned(c, from, to));
        int Done(CaseKind k) => loaded.Count(c => c.Kind == k && CaseStatistics.IsDone(c, from, to));
        var done = loaded.Where(c => CaseStatistics.IsDone(c, from, to)).ToList();
        var findings = done.SelectMany(c => c.Findings).Where(f => f.Status == FindingStatus.Confirmed).ToList();
        // The sanctions are the cases' follow-up (its own aggregate): read for the same cases, kept for those done in the period.
        var doneIds = done.Select(c => c.Id).ToHashSet();
        var sanctions = (await sanctionsRepository.ToListAsync(sanctionsRepository.Query().Where(s => query.Any(c => c.Id == s.CaseId)), ct))
            .Where(s => doneIds.Contains(s.CaseId)).ToList();
        var profile = options.For(authority);
        var own = PeriodicReportDocument.CarriesPlanMonitoring(authority);

        return new PeriodicReportFigures
        {
            Period = period,
            AuthorityParentName = profile.ParentName,
            AuthorityName = profile.Name,
            Place = profile.Place,
            ChecksPlanned = Planned(CaseKind.Check),
            ChecksDone = Done(CaseKind.Check),
            InspectionsPlanned = Planned(CaseKind.Inspection),
            InspectionsDone = Done(CaseKind.Inspection),
            Coverage = own ? CaseStatistics.Coverage(unitList, loaded, from, to) : null,
            FindingsByType = [.. Enum.GetValues<FindingSeverity>().Select(s => new FindingCount(CaseStatistics.SeverityType(s), findings.Count(f => f.Severity == s)))],
            SanctionsByType = [.. Enum.GetValues<SanctionType>().Select(t => Total(t, sanctions.Where(s => s.Type == t).ToList()))],
            MoneyDecided = sanctions.Sum(s => s.AmountVnd ?? 0m),
            MoneyRecovered = sanctions.Sum(s => s.AmountRecoveredVnd),
            Kpis = own ? CaseStatistics.Kpis(loaded, from, to) : null,
            Recipients = profile.ReportRecipients.Count > 0 ? profile.ReportRecipients : ["Lưu: VT."],
            Signature = new SignatureBlock("", profile.HeadTitle, ""),
            Implementation = own ? await ImplementationAsync(period, ct) : null,
        };
    }

    /// <summary>Issue 15: the plan in every unit for the report's period (6-month report: 2026-H1; annual: 2026).</summary>
    private async Task<PlanImplementation> ImplementationAsync(ReportingPeriod period, CancellationToken ct)
    {
        var kpiPeriod = new Monitoring.KpiPeriod(period.Year, period.Kind == ReportPeriodKind.SixMonths ? 'H' : 'Y', 1);
        var today = access.Today;
        var province = await monitoring.ProvinceAsync(kpiPeriod, today, ct);
        var tracker = await monitoring.TrackerAsync(today, ct);
        var (register, byUnit) = await monitoring.PeriodAsync(kpiPeriod, ct);
        // Commended: on time, and every indicator it reported met (an indicator not reported is neither).
        var commended = register.Where(u => byUnit.GetValueOrDefault(u.Id) is { IsReturned: false } r && r.FirstSubmittedOn <= province.DueOn && r.Figures.Count > 0
                && r.Figures.All(f => Monitoring.KpiIndicators.Aggregate(Monitoring.KpiIndicators.Find(f.Key)!, [f.Value]).Outcome == Monitoring.KpiOutcome.Met))
            .Select(u => u.Name).ToList();
        return new PlanImplementation(province.Period, province.UnitsTotal, province.UnitsReported, province.UnitsOnTime, province.UnitsLate, province.UnitsMissing,
            [.. province.Indicators.Select(i => new ImplementationIndicator(i.NameVi, i.NumeratorSum, i.DenominatorSum, i.Percent, i.TargetPercent, i.Outcome))],
            [.. province.NotOnTime.Select(s => s.UnitName)],
            tracker.UnitsTotal, tracker.OnTime, tracker.Late, tracker.Missing,
            [.. tracker.Units.Where(u => u.Standing == Monitoring.SubmissionStanding.Missing).Select(u => u.UnitName)],
            commended);
    }

    private static SanctionTotal Total(SanctionType type, List<Sanction> list)
        => new(CaseDocumentFields.SanctionName(type), list.Count, list.Sum(s => s.AmountVnd ?? 0m), list.Sum(s => s.AmountRecoveredVnd));

    public async Task<GeneratedFile> GenerateAsync(AuthorityCode authority, ReportPeriodKind kind, int year, ReportFormat format, CancellationToken ct = default)
    {
        if (year is < 2000 or > 2100) throw new InputValidationException("year", "Validation.Invalid");
        var period = ReportingCalendar.For(kind, year);
        var figures = await ComputeAsync(authority, period, ct);
        var name = $"periodic-report_{authority}_{year}_{kind}";
        return format == ReportFormat.Xlsx
            ? new GeneratedFile(name + ".xlsx", GeneratedFile.XlsxContentType, document.ToXlsx(figures))
            : new GeneratedFile(name + ".docx", GeneratedFile.DocxContentType, document.ToDocx(figures));
    }

    public async Task<IReadOnlyList<DueReportDto>> GetDueReportsAsync(DateOnly? today = null, CancellationToken ct = default)
    {
        await permissions.CheckAsync(R.Default, ct);
        var day = today ?? access.Today;
        var next = ReportingCalendar.Next(day);
        var periods = ReportingCalendar.Year(day.Year).ToList();
        if (!periods.Contains(next)) periods.Add(next);
        return periods.Select(p => new DueReportDto(p.Kind, p.Year, p.Label, p.From, p.To, p.DueBefore, p.LastDay,
            ReportingCalendar.DaysLeft(p, day), p == next, day >= p.DueBefore)).ToList();
    }
}
