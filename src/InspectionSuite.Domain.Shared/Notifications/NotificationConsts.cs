namespace InspectionSuite.Notifications;

public static class NotificationConsts
{
    public const int MaxKindLength = 64;
    public const int MaxKeyLength = 128;
    public const int MaxArgsLength = 4000;
    public const int MaxLinkLength = 512;
    public const int MaxSourceKeyLength = 256;
}

/// <summary>What a notification is about; also the prefix of its localization keys (<c>Notification.{Kind}.Title</c>).</summary>
public static class NotificationKinds
{
    /// <summary>A workflow deadline expired and its escalation names the recipient (or their role).</summary>
    public const string Overdue = "Overdue";
}
