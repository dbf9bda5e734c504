using InspectionSuite.Seeding;

namespace InspectionSuite.Monitoring;

/// <summary>
/// Demo data for the monitoring dashboard: reports of a few units (never the demo representative's own unit P01, whose
/// journey starts empty) for this year's periods already due, and a few units' plan records. Runs once, on an empty table.
/// </summary>
public sealed class DemoMonitoringSeeder(IRepository<Unit> units, IRepository<UnitKpiReport> reports, IUnitOfWork uow, MonitoringFigures figures, TimeProvider time)
{
    public async Task<int> SeedAsync(CancellationToken ct = default)
    {
        if (await reports.AnyAsync(reports.QueryIncludingDeleted(), ct)) return 0;
        var today = VietnamTime.Today(time);
        var sample = await units.ToListAsync(units.Query().Where(u => u.Code != DataSeeder.DemoRepresentativeUnitCode).OrderBy(u => u.Code).Take(8), ct);
        var count = 0;
        foreach (var period in MonitoringOptions.PeriodsOf(today.Year).Where(p => figures.Options.DueOn(p) < today))
        {
            var due = figures.Options.DueOn(period);
            for (var n = 0; n < sample.Count; n++)
            {
                if (n == 7) continue; // one unit never reports: "missing"
                var scale = (n + 2) * (period.Kind == 'Q' ? 1 : period.Kind == 'H' ? 2 : 4);
                var given = new Dictionary<string, KpiFigures>
                {
                    ["MEETINGS_REDUCED"] = new(9 * scale, 10 * scale + n),
                    ["MEETINGS_ONLINE"] = new((5 + n % 4) * scale, 10 * scale),
                    ["TTHC_ONLINE"] = new((90 + n % 8) * scale, 100 * scale),
                    ["DOCUMENTS_REDUCED"] = new(80 * scale, (90 + 2 * n) * scale),
                    ["DOCUMENTS_ELECTRONIC"] = new((95 + n % 6) * scale, 100 * scale),
                    ["STAFF_DIGITAL_SKILLS"] = new(20 + 3 * n, 40 + n),
                };
                if (n % 3 == 0) given.Remove("STAFF_DIGITAL_SKILLS"); // some units have no figure: no data, not zero
                // Unit 6 is late every period.
                await reports.InsertAsync(new UnitKpiReport(Guid.NewGuid(), sample[n].Id, period, given, n == 6 ? due.AddDays(4) : due.AddDays(-2 - n)), ct);
                count++;
            }
        }
        await uow.SaveChangesAsync(ct);
        return count;
    }
}
