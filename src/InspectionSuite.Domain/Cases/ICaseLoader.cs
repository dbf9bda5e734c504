namespace InspectionSuite.Cases;

/// <summary>
/// Loads case aggregates with their parts, tracked. A case has a dozen part collections (team, checklist, evidence,
/// findings, sanctions, ...) and most cases have only a few of them filled (a planned or decided case: the team at
/// most), so loading each collection with its own query made every case read a dozen round trips (issue 8).
/// </summary>
public interface ICaseLoader
{
    /// <summary>
    /// The first case of <paramref name="query"/> with every part it has: one query reads the case and which of its
    /// parts are non-empty, then one query per non-empty part. Same result as the auto-included load.
    /// </summary>
    Task<InspectionCase?> FirstWithPartsAsync(IQueryable<InspectionCase> query, CancellationToken ct = default);
}
