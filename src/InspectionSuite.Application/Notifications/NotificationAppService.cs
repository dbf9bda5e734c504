namespace InspectionSuite.Notifications;

/// <summary>
/// Reads and acknowledges the caller's notifications. Every signed-in role holds Dashboard (the home page), and a
/// notification belongs to one user, so that is the permission; the recipient filter does the rest.
/// </summary>
public sealed class NotificationAppService(ICurrentUser currentUser, IPermissionChecker permissions, IRepository<Notification> notifications, IUnitOfWork uow,
    TimeProvider time, InspectionSuiteLocalizer l) : INotificationAppService
{
    public async Task<PagedResultDto<NotificationDto>> GetListAsync(GetNotificationListInput input, CancellationToken ct = default)
    {
        var query = await MineAsync(ct);
        if (input.UnreadOnly) query = query.Where(n => n.ReadAtUtc == null);
        var total = await notifications.CountAsync(query, ct);
        var page = await notifications.ToListAsync(query.OrderByDescending(n => n.CreatedAtUtc).ThenBy(n => n.Id).Skip(input.Skip).Take(input.Take), ct);
        return new PagedResultDto<NotificationDto>(page.Select(ToDto).ToList(), total);
    }

    public async Task<int> GetUnreadCountAsync(CancellationToken ct = default)
        => await notifications.CountAsync((await MineAsync(ct)).Where(n => n.ReadAtUtc == null), ct);

    public async Task<int> GetUnreadForBellAsync(CancellationToken ct = default)
        => await notifications.CountAsync((await MineAsync(ct)).Where(n => n.ReadAtUtc == null).Take(INotificationAppService.BellCountLimit), ct);

    public async Task<NotificationDto> MarkReadAsync(Guid id, CancellationToken ct = default)
    {
        var n = await notifications.FirstOrDefaultAsync((await MineAsync(ct)).Where(x => x.Id == id), ct)
                ?? throw new EntityNotFoundException(nameof(Notification), id);
        if (!n.IsRead)
        {
            n.MarkRead(time.GetUtcNow().UtcDateTime);
            await uow.SaveChangesAsync(ct);
        }
        return ToDto(n);
    }

    public async Task<int> MarkAllReadAsync(CancellationToken ct = default)
    {
        var unread = await notifications.ToListAsync((await MineAsync(ct)).Where(n => n.ReadAtUtc == null), ct);
        var now = time.GetUtcNow().UtcDateTime;
        foreach (var n in unread) n.MarkRead(now);
        if (unread.Count > 0) await uow.SaveChangesAsync(ct);
        return unread.Count;
    }

    private async Task<IQueryable<Notification>> MineAsync(CancellationToken ct)
    {
        await permissions.CheckAsync(InspectionSuitePermissions.Dashboard.Default, ct);
        var me = currentUser.Id ?? throw new ForbiddenException(InspectionSuitePermissions.Dashboard.Default);
        return notifications.Query().Where(n => n.RecipientUserId == me);
    }

    private NotificationDto ToDto(Notification n)
    {
        var args = JsonSerializer.Deserialize<string[]>(n.ArgsJson) ?? [];
        var messageArgs = Localize(l, n.Kind, args, CultureInfo.CurrentUICulture);
        return new NotificationDto(n.Id, n.Kind, l[n.TitleKey, args], l[n.MessageKey, messageArgs], n.Link, n.CaseId, n.CreatedAtUtc, n.ReadAtUtc)
        {
            TitleTemplate = l[n.TitleKey],
            MessageTemplate = l[n.MessageKey],
            TitleArgs = args,
            MessageArgs = messageArgs.Select(a => a?.ToString()).ToList(),
        };
    }

    /// <summary>
    /// Arguments are stored culture-neutral; names that have a text (the deadline of an overdue notice) are shown in the
    /// reader's language. Shared by the app's list and the e-mail (<see cref="EmailOutboxSender"/>).
    /// </summary>
    internal static object?[] Localize(InspectionSuiteLocalizer l, string kind, string[] args, CultureInfo culture)
    {
        var copy = args.Cast<object?>().ToArray();
        if (kind != NotificationKinds.Overdue || args.Length <= OverdueNotificationWriter.DeadlineArg) return copy;
        var key = "Notification.Deadline." + args[OverdueNotificationWriter.DeadlineArg];
        var text = l.Get(key, culture);
        if (text != key) copy[OverdueNotificationWriter.DeadlineArg] = text;
        return copy;
    }
}
