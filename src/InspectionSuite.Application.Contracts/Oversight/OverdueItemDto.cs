namespace InspectionSuite.Oversight;

public sealed record OverdueItemDto(Guid TaskId, Guid CaseId, string CaseCode, string Subject, AuthorityCode Authority, string UnitName, string State,
    string TaskName, string TaskLabel, string? AssigneeRole, Guid? AssigneeUserId, string? AssigneeName, DateTime DueAtUtc, int DaysOverdue);
