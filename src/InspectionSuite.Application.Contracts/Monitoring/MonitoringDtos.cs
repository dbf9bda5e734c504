namespace InspectionSuite.Monitoring;

/// <summary>A reporting period of the units (seed IV.1) with the day its report is due (the last day on time).</summary>
public sealed record KpiPeriodDto(string Period, char Kind, int Year, DateOnly From, DateOnly To, DateOnly DueOn);

/// <summary>
/// A unit's report for a period: its standing against the due date and its raw figures (indicator code → figure name →
/// value, the PUT body's shape). With no report, <see cref="Status"/> is null and the figures are empty.
/// </summary>
public sealed record UnitKpiReportDto(
    Guid UnitId, string UnitCode, string UnitName, string Period, DateOnly DueOn, SubmissionStanding Standing,
    KpiReportStatus? Status, DateOnly? FirstSubmittedOn, DateOnly? SubmittedOn, string? ReturnReason, DateOnly? ReturnedOn,
    IReadOnlyDictionary<string, Dictionary<string, long>> Figures)
{
    /// <summary>While the report is returned: the last day to resubmit it (<c>Monitoring:ResubmitWorkingDays</c> after the return).</summary>
    public DateOnly? ResubmitDueOn { get; init; }
}

public sealed record ReturnKpiReportDto(string Reason);

/// <summary>One indicator province-wide: the sums over the units that reported, the formula applied once on the sums.</summary>
public sealed record ProvinceIndicatorDto(
    string Code, string Criterion, string NameVi, string NameEn, KpiKind Kind, string NumeratorFigure, string DenominatorFigure,
    long NumeratorSum, long DenominatorSum, decimal? Percent, decimal TargetPercent, KpiOutcome Outcome, int UnitsReported);

/// <summary>A unit's standing for one deadline (plan or periodic report).</summary>
public sealed record UnitStandingDto(Guid UnitId, string UnitCode, string UnitName, SubmissionStanding Standing, DateOnly? SubmittedOn, string? ReturnReason);

/// <summary>
/// The province for one period: per indicator the summed figures and result; the units counted as reported (a current,
/// not returned, report), on time, late, missing, returned; and the list of units whose report is late, missing or returned.
/// </summary>
public sealed record ProvinceKpiDto(
    string Period, DateOnly DueOn, int UnitsTotal, int UnitsReported, int UnitsOnTime, int UnitsLate, int UnitsMissing, int UnitsReturned,
    IReadOnlyList<ProvinceIndicatorDto> Indicators, IReadOnlyList<UnitStandingDto> NotOnTime);

/// <summary>A unit's own result on one indicator below target, and how far below.</summary>
public sealed record UnitGapDto(Guid UnitId, string UnitCode, string UnitName, string IndicatorCode, decimal Percent, decimal TargetPercent, decimal Gap);

/// <summary>Sở Nội vụ's tracker of the units' implementation plans against the due date (seed IV.1, 10/05/2026).</summary>
public sealed record PlanTrackerDto(int Year, DateOnly DueOn, int UnitsTotal, int OnTime, int Late, int Missing, int NotYetDue, IReadOnlyList<UnitPlanRowDto> Units);

public sealed record UnitPlanRowDto(Guid UnitId, string UnitCode, string UnitName, SubmissionStanding Standing, DateOnly? IssuedOn, DateOnly? FirstSubmittedOn, string? FileName);

/// <summary>The unit's own plan as the representative sees it.</summary>
public sealed record MyUnitPlanDto(Guid UnitId, string UnitName, int Year, DateOnly DueOn, SubmissionStanding Standing, DateOnly? IssuedOn, DateOnly? FirstSubmittedOn, DateOnly? SubmittedOn, string? FileName);

public sealed record SubmitUnitPlanDto(DateOnly IssuedOn, FileUploadDto File);

/// <summary>Periods, unit reports (read, submit, return) and the province's figures (issue 15; docs/monitoring.md).</summary>
public interface IUnitKpiReportAppService
{
    Task<IReadOnlyList<KpiPeriodDto>> GetPeriodsAsync(int? year = null, CancellationToken ct = default);
    Task<UnitKpiReportDto> GetAsync(Guid unitId, string period, CancellationToken ct = default);
    Task<UnitKpiReportDto> SubmitAsync(Guid unitId, string period, IReadOnlyDictionary<string, Dictionary<string, long>> figures, CancellationToken ct = default);
    Task<UnitKpiReportDto> ReturnAsync(Guid unitId, string period, ReturnKpiReportDto input, CancellationToken ct = default);
    Task<ProvinceKpiDto> GetProvinceAsync(string period, CancellationToken ct = default);
    /// <summary>The province for each of the year's periods, in due order (the dashboard's trend), read in one go.</summary>
    Task<IReadOnlyList<ProvinceKpiDto>> GetProvinceTrendAsync(int year, CancellationToken ct = default);
    /// <summary>Every unit's standing for the period (Sở Nội vụ's list, with the returned ones).</summary>
    Task<IReadOnlyList<UnitStandingDto>> GetStandingsAsync(string period, CancellationToken ct = default);
    /// <summary>The units furthest below target on any indicator in the period (largest gap first).</summary>
    Task<IReadOnlyList<UnitGapDto>> GetFurthestFromTargetAsync(string period, int take, CancellationToken ct = default);
    /// <summary>The unit the caller represents, or null.</summary>
    Task<Guid?> GetMyUnitIdAsync(CancellationToken ct = default);
}

/// <summary>The units' implementation plans: submitted by the representative, tracked by Sở Nội vụ.</summary>
public interface IUnitPlanAppService
{
    Task<MyUnitPlanDto> GetMineAsync(CancellationToken ct = default);
    Task<MyUnitPlanDto> SubmitAsync(SubmitUnitPlanDto input, CancellationToken ct = default);
    Task<PlanTrackerDto> GetTrackerAsync(int? year = null, CancellationToken ct = default);
    /// <summary>
    /// A unit's plan file for download: Sở Nội vụ (Monitoring.ViewAll) any unit's, a representative only their own
    /// (another unit's is not found). <see cref="EvidenceContent.FileName"/> is a generated ASCII name, safe in Content-Disposition.
    /// </summary>
    Task<EvidenceContent> OpenFileAsync(Guid unitId, CancellationToken ct = default);
}
