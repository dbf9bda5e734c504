namespace InspectionSuite.Cases;

/// <summary>
/// The history of completed checks: every case of the authority whose conclusion notice is <b>issued</b>
/// (<see cref="InspectionCase.ConclusionIssued"/>, issue 15: the same rule as the periodic report; the unit's remedies
/// come after and do not hold the count back) — a planned case counts in the year of its plan (it is that plan's
/// check, even when its notice is issued in January of the next year), an unplanned case in the year of its notice
/// — unioned with the plan items marked
/// done by hand (<see cref="PlanItemCompletedCheckSource"/>), which remain for checks the system did not run:
/// those done on paper before it existed, or outside it. A cancelled case is not a check.
/// Feeds the draw (years before the plan year: cooldown and rotation) and the coverage tracker (the plan year).
/// </summary>
public sealed class ClosedCaseCompletedCheckSource(
    IRepository<InspectionCase> cases,
    IRepository<Unit> units,
    IRepository<AnnualPlan> plans,
    IRepository<PlanItem> items,
    PlanItemCompletedCheckSource markedDone) : ICompletedCheckSource
{
    public async Task<IReadOnlyList<CompletedCheckRecord>> GetCompletedAsync(AuthorityCode authority, int fromYear, int toYear, CancellationToken ct = default)
    {
        // InspectionCase.ConclusionIssued, as SQL.
        var closed = cases.Query().Where(c => c.Authority == authority && c.Conclusion.Date != null
            && (c.State == CaseStates.Published || c.State == CaseStates.Sanctioning || c.State == CaseStates.FollowUp || c.State == CaseStates.Closed));

        var planned = await cases.ToListAsync(
            from c in closed
            where c.PlanItemId != null
            join i in items.Query() on c.PlanItemId equals (Guid?)i.Id
            join p in plans.Query() on i.PlanId equals p.Id
            where p.Year >= fromYear && p.Year <= toYear
            select new { i.UnitCode, p.Year, ConclusionDate = c.Conclusion.Date }, ct);

        var firstDay = new DateOnly(fromYear, 1, 1);
        var lastDay = new DateOnly(toYear, 12, 31);
        var unplanned = await cases.ToListAsync(
            from c in closed
            where c.PlanItemId == null && c.Conclusion.Date >= firstDay && c.Conclusion.Date <= lastDay
            join u in units.QueryIncludingDeleted() on c.UnitId equals u.Id
            select new { u.Code, IssuedOn = c.Conclusion.Date!.Value }, ct);

        return planned
            .Select(x => new CompletedCheckRecord(x.UnitCode, x.Year, authority, x.ConclusionDate ?? new DateOnly(x.Year, 12, 31)))
            .Concat(unplanned.Select(x => new CompletedCheckRecord(x.Code, x.IssuedOn.Year, authority, x.IssuedOn)))
            .Concat(await markedDone.GetCompletedAsync(authority, fromYear, toYear, ct))
            .ToList();
    }
}
