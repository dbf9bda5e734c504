namespace InspectionSuite.Notifications;

public sealed record GetNotificationListInput : PagedAndSortedInput
{
    public bool UnreadOnly { get; init; }
}
