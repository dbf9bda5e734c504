namespace InspectionSuite.Planning;

/// <summary>
/// Completed checks recorded by hand: plan items marked completed, in the year of their plan — for checks the system
/// did not run (on paper, before it existed). Part of <see cref="Cases.ClosedCaseCompletedCheckSource"/>, which adds the closed cases.
/// </summary>
public sealed class PlanItemCompletedCheckSource(IRepository<AnnualPlan> plans, IRepository<PlanItem> items) : ICompletedCheckSource
{
    public async Task<IReadOnlyList<CompletedCheckRecord>> GetCompletedAsync(AuthorityCode authority, int fromYear, int toYear, CancellationToken ct = default)
    {
        var query = from p in plans.Query()
                    where p.Authority == authority && p.Year >= fromYear && p.Year <= toYear && p.Status != PlanStatus.Draft
                    join i in items.Query() on p.Id equals i.PlanId
                    where i.CompletedOn != null
                    select new { i.UnitCode, p.Year, p.Authority, CompletedOn = i.CompletedOn!.Value };
        return (await plans.ToListAsync(query, ct)).Select(x => new CompletedCheckRecord(x.UnitCode, x.Year, x.Authority, x.CompletedOn)).ToList();
    }
}
