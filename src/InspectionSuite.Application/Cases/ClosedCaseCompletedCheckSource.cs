using InspectionSuite.Organization;
using InspectionSuite.Planning;

namespace InspectionSuite.Cases;

/// <summary>
/// The history of completed checks (DESIGN: coverage counts completed checks only): every <b>closed</b> case of the
/// authority — a planned case counts in the year of its plan (it is that plan's check, even when it closes in
/// January of the next year), an unplanned case in the year it was closed — unioned with the plan items marked
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
        var closed = cases.Query().Where(c => c.Authority == authority && c.State == CaseStates.Closed);

        var planned = await cases.ToListAsync(
            from c in closed
            where c.PlanItemId != null
            join i in items.Query() on c.PlanItemId equals (Guid?)i.Id
            join p in plans.Query() on i.PlanId equals p.Id
            where p.Year >= fromYear && p.Year <= toYear
            select new { i.UnitCode, p.Year, c.ClosedOn }, ct);

        var firstDay = new DateOnly(fromYear, 1, 1);
        var lastDay = new DateOnly(toYear, 12, 31);
        var unplanned = await cases.ToListAsync(
            from c in closed
            where c.PlanItemId == null && c.ClosedOn != null && c.ClosedOn >= firstDay && c.ClosedOn <= lastDay
            join u in units.QueryIncludingDeleted() on c.UnitId equals u.Id
            select new { u.Code, ClosedOn = c.ClosedOn!.Value }, ct);

        return planned
            // Closed before the closing date was recorded: the plan year's end stands in for it.
            .Select(x => new CompletedCheckRecord(x.UnitCode, x.Year, authority, x.ClosedOn ?? new DateOnly(x.Year, 12, 31)))
            .Concat(unplanned.Select(x => new CompletedCheckRecord(x.Code, x.ClosedOn.Year, authority, x.ClosedOn)))
            .Concat(await markedDone.GetCompletedAsync(authority, fromYear, toYear, ct))
            .ToList();
    }
}
