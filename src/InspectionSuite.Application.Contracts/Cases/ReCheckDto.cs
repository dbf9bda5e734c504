namespace InspectionSuite.Cases;

/// <summary>A re-check; <see cref="IsOverdue"/> when its due date has passed while an unresolved item of the case has no result from it.</summary>
public sealed record ReCheckDto(Guid Id, string DecisionNumber, DateOnly DecidedOn, string Scope, DateOnly? DueOn, bool IsOverdue,
    IReadOnlyList<ReCheckInspectorDto> Inspectors, IReadOnlyList<ReCheckResultDto> Results);
