namespace InspectionSuite.Monitoring;

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
