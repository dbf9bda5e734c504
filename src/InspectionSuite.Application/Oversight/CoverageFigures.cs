using InspectionSuite.Cases;
using InspectionSuite.Organization;

namespace InspectionSuite.Oversight;

/// <summary>
/// Coverage toward the 20% target (Kế hoạch 534: each year at least one fifth of the units of each stratum checked): a unit
/// valid in the period is covered when a case on it was concluded in the period. Used by the sanction dashboard and the
/// supervisor's home.
/// </summary>
public static class CoverageFigures
{
    public static async Task<IReadOnlyList<CoverageFigureDto>> OfAsync(IRepository<Unit> units, IQueryable<InspectionCase> concluded, DateOnly from, DateOnly to, CancellationToken ct)
    {
        var validUnits = units.Query().Where(u => (u.ValidFrom == null || u.ValidFrom <= to) && (u.ValidTo == null || u.ValidTo >= from));
        var validByKind = await units.ToListAsync(validUnits.GroupBy(u => u.Kind).Select(g => new { g.Key, Count = g.Count() }), ct);
        var coveredByKind = await units.ToListAsync((from c in concluded join u in validUnits on c.UnitId equals u.Id select new { u.Kind, c.UnitId }).Distinct()
            .GroupBy(x => x.Kind).Select(g => new { g.Key, Count = g.Count() }), ct);
        return Enum.GetValues<Stratum>().Select(stratum =>
        {
            var valid = validByKind.Where(v => v.Key.ToStratum() == stratum).Sum(v => v.Count);
            var covered = coveredByKind.Where(v => v.Key.ToStratum() == stratum).Sum(v => v.Count);
            var target = (int)Math.Ceiling(OversightAppService.CoverageTarget * valid);
            return new CoverageFigureDto(stratum, valid, covered, target, valid == 0 ? 0 : covered / (double)valid, covered >= target);
        }).ToList();
    }
}
