namespace InspectionSuite.Cases;

/// <summary>
/// The visible cases' workflow instances as the inbox reads them: <see cref="Listed"/> when they are few (read the tasks by
/// instance), otherwise <see cref="Probed"/>, a query each task is checked against.
/// </summary>
public sealed record CaseInboxInstances(IReadOnlyCollection<Guid>? Listed, IQueryable<Guid>? Probed);
