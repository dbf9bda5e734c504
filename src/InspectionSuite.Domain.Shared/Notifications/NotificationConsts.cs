namespace InspectionSuite.Notifications;

public static class NotificationConsts
{
    public const int MaxKindLength = 64;
    public const int MaxKeyLength = 128;
    public const int MaxArgsLength = 4000;
    public const int MaxLinkLength = 512;
    public const int MaxSourceKeyLength = 256;
}
