namespace InspectionSuite.Notifications;

/// <summary>The signed-in user's own in-app notifications (newest first); another user's notification is "not found".</summary>
public interface INotificationAppService
{
    /// <summary>Where the bell stops counting: at this many unread it shows "99+".</summary>
    const int BellCountLimit = 100;

    Task<PagedResultDto<NotificationDto>> GetListAsync(GetNotificationListInput input, CancellationToken ct = default);
    Task<int> GetUnreadCountAsync(CancellationToken ct = default);
    /// <summary>
    /// The bell's figure on every page: the unread count, counted no further than <see cref="BellCountLimit"/> (the bell
    /// shows "99+" from there), so a user with thousands unread does not pay for counting them all on each page.
    /// </summary>
    Task<int> GetUnreadForBellAsync(CancellationToken ct = default);
    Task<NotificationDto> MarkReadAsync(Guid id, CancellationToken ct = default);
    /// <summary>Marks every unread notification of the user read; returns how many changed.</summary>
    Task<int> MarkAllReadAsync(CancellationToken ct = default);
}
