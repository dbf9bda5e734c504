namespace InspectionSuite.Notifications;

/// <summary>
/// The app's <see cref="IWorkflowNotifier"/>: an expired deadline's escalation becomes an in-app notification for every
/// user it names. A recipient that is a role name means every user in that role (roles carry no authority here, so
/// "Supervisor" reaches all supervisors); otherwise it is a user id or user name. Writing is idempotent per
/// (notice, user): the timer service may deliver a notice again, and the unique index stops a concurrent duplicate.
/// </summary>
public sealed class OverdueNotificationWriter(IServiceScopeFactory scopes, TimeProvider time) : IWorkflowNotifier
{
    /// <summary>Message arguments: case code, subject, deadline name, due date (dd/MM/yyyy, Vietnam), state.</summary>
    public const int DeadlineArg = 2;

    public async ValueTask NotifyOverdueAsync(OverdueNotice notice, CancellationToken ct)
    {
        // A lost race with another writer fails on the unique index; the second pass finds those rows and adds none.
        for (var attempt = 1; ; attempt++)
        {
            try
            {
                await WriteAsync(notice, ct);
                return;
            }
            catch (Exception) when (attempt < 2 && !ct.IsCancellationRequested) { }
        }
    }

    /// <summary>The event key: one expiry of one deadline bookmark of one instance.</summary>
    public static string SourceKeyOf(OverdueNotice notice)
        => $"overdue:{notice.InstanceId:N}:{notice.Deadline}:{notice.DueAtUtc.ToString("yyyyMMddHHmmss", CultureInfo.InvariantCulture)}";

    private async Task WriteAsync(OverdueNotice notice, CancellationToken ct)
    {
        await using var scope = scopes.CreateAsyncScope();
        var sp = scope.ServiceProvider;
        var userManager = sp.GetRequiredService<UserManager<AppUser>>();
        var notifications = sp.GetRequiredService<IRepository<Notification>>();
        var cases = sp.GetRequiredService<IRepository<InspectionCase>>();

        var recipients = new HashSet<Guid>();
        foreach (var name in notice.Recipients.Where(r => !string.IsNullOrWhiteSpace(r)))
        {
            if (InspectionSuiteRoles.All.Contains(name, StringComparer.Ordinal))
            {
                foreach (var u in await userManager.GetUsersInRoleAsync(name)) recipients.Add(u.Id);
                continue;
            }
            var user = Guid.TryParse(name, out var id) ? await userManager.FindByIdAsync(id.ToString()) : await userManager.FindByNameAsync(name);
            if (user is not null) recipients.Add(user.Id);
        }
        if (recipients.Count == 0) return;

        var source = SourceKeyOf(notice);
        var already = await notifications.ToListAsync(notifications.Query().Where(n => n.SourceKey == source).Select(n => n.RecipientUserId), ct);
        recipients.ExceptWith(already);
        if (recipients.Count == 0) return;

        Guid? caseId = Guid.TryParse(notice.CorrelationId, out var cid) ? cid : null;
        var info = caseId is null ? null
            : await cases.FirstOrDefaultAsync(cases.QueryIncludingDeleted().Where(c => c.Id == caseId).Select(c => new { c.Code, c.Subject }), ct);
        var due = VietnamTime.DateText(notice.DueAtUtc);
        var args = JsonSerializer.Serialize(new[] { info?.Code ?? notice.CorrelationId, info?.Subject ?? "", notice.Deadline, due, notice.State });
        var link = info is null ? null : $"/Cases/Detail/{caseId}";
        var now = time.GetUtcNow().UtcDateTime;
        foreach (var userId in recipients)
            await notifications.InsertAsync(new Notification(Guid.NewGuid(), userId, NotificationKinds.Overdue, "Notification.Overdue.Title", "Notification.Overdue.Message",
                args, link, info is null ? null : caseId, source, now), ct);
        await sp.GetRequiredService<IUnitOfWork>().SaveChangesAsync(ct);
    }
}
