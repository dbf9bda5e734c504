using MailKit.Net.Smtp;
using MailKit.Security;
using MimeKit;

namespace InspectionSuite.Notifications;

/// <summary>
/// Sends the pending rows of the e-mail outbox (<see cref="EmailOutboxMessage"/>), oldest first, through SMTP. Runs
/// after commands committed (from <see cref="EmailOutboxHost"/>), never inside one: a failed send only schedules the
/// row again. The recipient's address and choice are read at sending time, so a changed address or "no e-mail" applies
/// to what is still queued. Text is Vietnamese, the application's language.
/// </summary>
public sealed class EmailOutboxSender(IRepository<EmailOutboxMessage> outbox, IRepository<Notification> notifications, UserManager<AppUser> users,
    IUnitOfWork uow, TimeProvider time, InspectionSuiteLocalizer l, IOptions<EmailOptions> options)
{
    public const int BatchSize = 50;
    private static readonly CultureInfo Vietnamese = CultureInfo.GetCultureInfo("vi-VN");

    /// <summary>Sends what is due now; returns how many were sent.</summary>
    public async Task<int> SendDueAsync(CancellationToken ct)
    {
        var o = options.Value;
        if (!o.Enabled) return 0;
        var now = time.GetUtcNow().UtcDateTime;
        var due = await outbox.ToListAsync(outbox.Query()
            .Where(m => m.SentAtUtc == null && m.AbandonedAtUtc == null && m.NextAttemptAtUtc <= now)
            .OrderBy(m => m.CreatedAtUtc).ThenBy(m => m.Id).Take(BatchSize), ct);
        if (due.Count == 0) return 0;

        var sent = 0;
        using var smtp = new SmtpClient();
        foreach (var message in due)
        {
            var failure = await TrySendAsync(smtp, message, now, o, ct);
            if (failure is null) { message.MarkSent(now); sent++; }
            else if (failure.Abandon) message.Abandon(now, failure.Reason);
            else message.MarkFailed(now, failure.Reason);
            await uow.SaveChangesAsync(ct); // each row's outcome is kept even if a later one throws
        }
        if (smtp.IsConnected) await smtp.DisconnectAsync(true, ct);
        return sent;
    }

    private sealed record Failure(string Reason, bool Abandon);

    private async Task<Failure?> TrySendAsync(SmtpClient smtp, EmailOutboxMessage message, DateTime now, EmailOptions o, CancellationToken ct)
    {
        if (message.CreatedAtUtc < now.AddHours(-o.MaxAgeHours)) return new("stale", true);
        var n = await notifications.FirstOrDefaultAsync(notifications.Query().Where(x => x.Id == message.NotificationId), ct);
        if (n is null) return new("notification deleted", true);
        var user = await users.FindByIdAsync(n.RecipientUserId.ToString());
        if (user is null || string.IsNullOrWhiteSpace(user.Email)) return new("no address", true);
        if (!user.EmailNotifications) return new("user chose no e-mail", true);
        try
        {
            var mail = Compose(n, user, o);
            if (!smtp.IsConnected)
            {
                await smtp.ConnectAsync(o.Host!, o.Port, Enum.Parse<SecureSocketOptions>(o.Security, ignoreCase: true), ct);
                if (!string.IsNullOrEmpty(o.UserName)) await smtp.AuthenticateAsync(o.UserName, o.Password ?? "", ct);
            }
            await smtp.SendAsync(mail, ct);
            return null;
        }
        catch (Exception ex) when (ex is not OperationCanceledException || !ct.IsCancellationRequested)
        {
            // The connection may be broken: the next row reconnects.
            try { if (smtp.IsConnected) await smtp.DisconnectAsync(false, CancellationToken.None); } catch (Exception) { }
            return new($"{ex.GetType().Name}: {ex.Message}", false);
        }
    }

    /// <summary>The e-mail of a notification: its localized title as subject; its message, the absolute link and a footer as body.</summary>
    public MimeMessage Compose(Notification n, AppUser user, EmailOptions o)
    {
        var raw = JsonSerializer.Deserialize<string[]>(n.ArgsJson) ?? [];
        var title = l.Get(n.TitleKey, Vietnamese, raw.Cast<object?>().ToArray());
        var text = l.Get(n.MessageKey, Vietnamese, NotificationAppService.Localize(l, n.Kind, raw, Vietnamese));
        var link = n.Link is null ? null : o.PublicBaseUrl.TrimEnd('/') + n.Link;
        var mail = new MimeMessage();
        mail.From.Add(MailboxAddress.Parse(o.Sender!));
        mail.To.Add(new MailboxAddress(user.FullName, user.Email!));
        mail.Subject = title;
        mail.Headers.Add("X-Notification-Id", n.Id.ToString());
        var body = text + "\n\n" + (link is null ? "" : l.Get("Email.Open", Vietnamese, link) + "\n\n") + l.Get("Email.Footer", Vietnamese);
        mail.Body = new TextPart("plain") { Text = body };
        return mail;
    }
}
