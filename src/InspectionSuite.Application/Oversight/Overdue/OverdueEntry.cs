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
