namespace InspectionSuite.Planning;

/// <summary>
/// History of completed checks: feeds the draw (years before the plan year) and the coverage tracker (the plan
/// year). The default implementation reads plan items marked completed; the cases module may replace it.
/// </summary>
public interface ICompletedCheckSource
{
    Task<IReadOnlyList<CompletedCheckRecord>> GetCompletedAsync(AuthorityCode authority, int fromYear, int toYear, CancellationToken ct = default);
}
