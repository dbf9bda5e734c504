namespace InspectionSuite.Workflows.Contracts;

/// <summary>An inbox line.</summary>
public sealed record HumanTaskInfo(Guid Id, Guid InstanceId, string CorrelationId, string Name, string State, string? AssigneeRole, string? AssigneeUserId, DateTime DueAtUtc, bool IsOverdue, string Status, string? SendBackReason, DateTime CreatedAtUtc);
