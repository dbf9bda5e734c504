namespace InspectionSuite.Oversight.Overdue;

/// <summary>
/// One kind of past-due item on the overdue board. The board asks every registered source (register with
/// <c>services.AddScoped&lt;IOverdueSource, MySource&gt;()</c>): the unit KPI report deadlines and the Điều 52/53 deadlines
/// plug in here without touching the board.
/// </summary>
public interface IOverdueSource
{
    /// <summary>The items past due on <paramref name="today"/> (Vietnam date), texts in the current UI culture.</summary>
    Task<IReadOnlyList<OverdueEntry>> GetAsync(DateOnly today, DateTime nowUtc, CancellationToken ct);
}
