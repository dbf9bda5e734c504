namespace InspectionSuite.Cases;

public sealed record InboxItemDto(Guid TaskId, Guid CaseId, string CaseCode, string Subject, string TaskName, string State, DateTime DueAtUtc, bool IsOverdue, string? AssigneeRole);
