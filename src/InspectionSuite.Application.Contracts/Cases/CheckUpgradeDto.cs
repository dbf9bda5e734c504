namespace InspectionSuite.Cases;

/// <summary>One running v1 check moved (or, in a dry run, to be moved) to v2.</summary>
public sealed record CheckUpgradeDto(Guid CaseId, string CaseCode, string FromState, string ToState, bool Applied, IReadOnlyList<string> TasksCancelled, IReadOnlyList<string> TasksCreated);
