namespace InspectionSuite.Notifications;

/// <summary>What a notification is about; also the prefix of its localization keys (<c>Notification.{Kind}.Title</c>).</summary>
public static class NotificationKinds
{
    /// <summary>A workflow deadline expired and its escalation names the recipient (or their role).</summary>
    public const string Overdue = "Overdue";
    /// <summary>The recipient was put on a case's team (leader or member).</summary>
    public const string TeamAssigned = "TeamAssigned";
    /// <summary>The case's decision (quyết định thanh tra/kiểm tra) was issued: to the team and the unit's representatives.</summary>
    public const string DecisionIssued = "DecisionIssued";
    /// <summary>A workflow task was assigned to the recipient by name (tasks for a whole role stay in the inbox only).</summary>
    public const string TaskAssigned = "TaskAssigned";
    /// <summary>The unit answered a document request: to the team.</summary>
    public const string UnitAnswered = "UnitAnswered";
    /// <summary>The unit reported implementing a sanction or recommendation: to the team.</summary>
    public const string UnitReported = "UnitReported";
    /// <summary>The team returned the unit's answer with a reason: to the unit's representatives.</summary>
    public const string ReportReturned = "ReportReturned";
}
