namespace InspectionSuite.Oversight;

/// <summary>
/// One past-due item that is not a task: <see cref="What"/> and <see cref="Who"/> are already in the reader's language;
/// <see cref="DueDate"/> is a Vietnam calendar date. An item outside any case (a unit's KPI report) has no case
/// (<see cref="CaseId"/>, <see cref="CaseCode"/> and <see cref="Subject"/> null) and links to <see cref="Href"/>.
/// </summary>
public sealed record OverdueEntryDto(string Kind, Guid? CaseId, string? CaseCode, string? Subject, AuthorityCode Authority, string UnitName,
    string What, string? Who, DateOnly DueDate, int DaysOverdue)
{
    public string? Href { get; init; }
}
