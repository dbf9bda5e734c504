using P = InspectionSuite.Permissions.InspectionSuitePermissions.Monitoring;

namespace InspectionSuite.Monitoring;

/// <summary>
/// Who may read or write which unit's monitoring records, and the calendar day they act on (one "today" with the
/// cases: <see cref="CaseAccess.Today"/>). A unit representative (AppUser.UnitId) writes only their own unit, whatever
/// the unit id in the request says; holders of Monitoring.ViewAll read every unit.
/// </summary>
public sealed class MonitoringAccess(CaseAccess cases, IPermissionChecker permissions, IRepository<Unit> units)
{
    public DateOnly Today => cases.Today;

    public Task<Guid?> MyUnitIdAsync(CancellationToken ct) => cases.GetUnitIdAsync(ct);

    /// <summary>Submitting needs Monitoring.Submit and the caller's own unit: another unit's id is refused (403), nothing saved.</summary>
    public async Task<Unit> UnitToWriteAsync(Guid unitId, CancellationToken ct)
    {
        await permissions.CheckAsync(P.Submit, ct);
        if (await cases.GetUnitIdAsync(ct) != unitId) throw new ForbiddenException(MonitoringErrorCodes.NotYourUnit);
        return await units.FindAsync(unitId, ct) ?? throw new EntityNotFoundException(nameof(Unit), unitId);
    }

    /// <summary>Reading one unit: every unit with Monitoring.ViewAll, else only the caller's own (another unit is not found).</summary>
    public async Task<Unit> UnitToReadAsync(Guid unitId, CancellationToken ct)
    {
        await permissions.CheckAsync(P.Default, ct);
        if (!await permissions.IsGrantedAsync(P.ViewAll, ct) && await cases.GetUnitIdAsync(ct) != unitId)
            throw new EntityNotFoundException(nameof(Unit), unitId);
        return await units.FindAsync(unitId, ct) ?? throw new EntityNotFoundException(nameof(Unit), unitId);
    }

    public static KpiPeriod ParsePeriod(string period)
        => KpiPeriod.TryParse(period, out var p) && MonitoringOptions.IsReportingPeriod(p) ? p
            : throw new BusinessException(MonitoringErrorCodes.PeriodInvalid, period) { Errors = new Dictionary<string, string[]> { ["period"] = ["Validation.Invalid"] } };
}
