namespace InspectionSuite.Planning;

/// <summary>
/// Coverage and projection, a pure function (documented in docs/sampling.md, "In the application").
/// <list type="bullet">
/// <item>N is the frozen universe (the plan items); coverage = completed / N, completed checks only.</item>
/// <item>Merges: a unit's completed check also completes every unit merged into it (predecessors, transitively);
/// a selected unit's selection passes to its successor when that successor is in the universe.</item>
/// <item>Projection = min(planned, completed ÷ elapsed fraction of the year): the current pace extrapolated,
/// capped by what is planned. Before the year it is the planned count, after it the completed count.</item>
/// <item>Alert when the projected rate &lt; target rate, from the alert date (month-day) of the plan year.</item>
/// </list>
/// </summary>
public static class PlanCoverageCalculator
{
    public sealed record Item(string UnitCode, Stratum Stratum, bool Selected);

    /// <param name="successors">Register links predecessor code → successor codes (merges and splits).</param>
    public static PlanCoverage Compute(
        int year, decimal rate, IReadOnlyList<Item> items, IEnumerable<string> completedCodes,
        IReadOnlyDictionary<string, IReadOnlyList<string>> successors, DateOnly today, DateOnly alertFrom)
    {
        var comparer = StringComparer.OrdinalIgnoreCase;
        var checkedCodes = completedCodes.ToHashSet(comparer);
        var selectedCodes = items.Where(i => i.Selected).Select(i => i.UnitCode).ToHashSet(comparer);
        var universe = items.Select(i => i.UnitCode).ToHashSet(comparer);

        // Descendants through the register (cycle-safe).
        IEnumerable<string> Successors(string code)
        {
            var seen = new HashSet<string>(comparer) { code };
            var queue = new Queue<string>([code]);
            while (queue.Count > 0)
                foreach (var next in successors.GetValueOrDefault(queue.Dequeue(), []))
                    if (seen.Add(next)) { queue.Enqueue(next); yield return next; }
        }

        var inherited = new HashSet<string>(comparer);
        foreach (var code in selectedCodes)
            foreach (var s in Successors(code).Where(universe.Contains))
                inherited.Add(s);

        var start = new DateOnly(year, 1, 1);
        var days = DateTime.IsLeapYear(year) ? 366 : 365;
        var elapsed = today < start ? 0m : Math.Min(1m, (today.DayNumber - start.DayNumber + 1) / (decimal)days);
        var alertActive = today >= alertFrom;

        StratumCoverage Of(Stratum? stratum, IReadOnlyList<Item> rows)
        {
            var n = rows.Count;
            var quota = (int)Math.Ceiling(rate * n);
            var planned = rows.Count(i => i.Selected || inherited.Contains(i.UnitCode));
            var completed = rows.Count(i => checkedCodes.Contains(i.UnitCode) || Successors(i.UnitCode).Any(checkedCodes.Contains));
            var projected = elapsed == 0m ? Math.Max(planned, completed) : Math.Max(completed, Math.Min(planned, Math.Round(completed / elapsed, 2)));
            var covRate = n == 0 ? 0m : Math.Round((decimal)completed / n, 4);
            var projRate = n == 0 ? 0m : Math.Round(projected / n, 4);
            return new StratumCoverage(stratum, n, quota, planned, completed, projected, covRate, projRate,
                Alert: alertActive && n > 0 && projected < rate * n);
        }

        var strata = Enum.GetValues<Stratum>()
            .Select(s => Of(s, items.Where(i => i.Stratum == s).ToList()))
            .Where(s => s.N > 0)
            .ToList();
        return new PlanCoverage(today, Math.Round(elapsed, 4), alertFrom, alertActive, rate, strata, Of(null, items));
    }
}
