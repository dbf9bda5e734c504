namespace InspectionSuite.Notifications;

public static class EmailOutboxConsts
{
    public const int MaxAddressLength = 256;
    public const int MaxErrorLength = 1000;
    /// <summary>Attempts before a message is given up (kept in the table with its last error).</summary>
    public const int MaxAttempts = 8;
}
