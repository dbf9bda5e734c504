namespace InspectionSuite.Oversight;

/// <summary><see cref="Label"/> is the task's label from its definition version in the current UI language.</summary>
public sealed record CaseTaskDto(Guid TaskId, string Name, string Label, string State, string? AssigneeRole, Guid? AssigneeUserId, string? AssigneeName, DateTime DueAtUtc, bool IsOverdue);
