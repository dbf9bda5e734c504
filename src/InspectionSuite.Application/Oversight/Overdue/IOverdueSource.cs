namespace InspectionSuite.Oversight.Overdue;

/// <summary>
/// A past-due item as a source finds it; the board adds the case's code, subject, authority and unit. An item owed
/// outside any case (a unit's periodic KPI report) has no <see cref="CaseId"/>: it names its <see cref="UnitId"/>, the
/// <see cref="Authority"/> that follows it up and the page to open (<see cref="Href"/>).
/// </summary>
public sealed record OverdueEntry(string Kind, Guid? CaseId, string What, string? Who, DateOnly DueDate)
{
    public Guid? UnitId { get; init; }
    public AuthorityCode? Authority { get; init; }
    public string? Href { get; init; }
}

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
