namespace InspectionSuite.Notifications;

/// <summary>
/// The e-mail copy of one <see cref="Notification"/>, written in the same save as the notification (so in the command's
/// transaction) and sent afterwards by the background sender. SMTP is never touched inside a command: when the server is
/// down the row waits and is tried again with a growing delay, up to <see cref="EmailOutboxConsts.MaxAttempts"/> times.
/// The text is rendered at sending time from the notification (its keys and arguments), so a row holds no copy of it.
/// </summary>
public sealed class EmailOutboxMessage : Entity<Guid>
{
    public Guid NotificationId { get; private set; }
    public DateTime CreatedAtUtc { get; private set; }
    public DateTime NextAttemptAtUtc { get; private set; }
    public int Attempts { get; private set; }
    public DateTime? SentAtUtc { get; private set; }
    /// <summary>Set when the message will not be sent (no address, the user chose no e-mail, attempts used up).</summary>
    public DateTime? AbandonedAtUtc { get; private set; }
    public string? LastError { get; private set; }

    private EmailOutboxMessage() { } // EF Core

    public EmailOutboxMessage(Guid id, Guid notificationId, DateTime createdAtUtc)
    {
        Id = id;
        NotificationId = notificationId;
        CreatedAtUtc = createdAtUtc;
        NextAttemptAtUtc = createdAtUtc;
    }

    public bool IsPending => SentAtUtc is null && AbandonedAtUtc is null;

    public void MarkSent(DateTime atUtc)
    {
        Attempts++;
        SentAtUtc = atUtc;
        LastError = null;
    }

    /// <summary>A failed attempt: the next one waits 1, 2, 4 … minutes (capped at a day); after the last one the row is abandoned.</summary>
    public void MarkFailed(DateTime atUtc, string error)
    {
        Attempts++;
        LastError = error.Length > EmailOutboxConsts.MaxErrorLength ? error[..EmailOutboxConsts.MaxErrorLength] : error;
        if (Attempts >= EmailOutboxConsts.MaxAttempts) { AbandonedAtUtc = atUtc; return; }
        NextAttemptAtUtc = atUtc.AddMinutes(Math.Min(Math.Pow(2, Attempts - 1), 24 * 60));
    }

    /// <summary>Nothing to send (the recipient has no address or chose no e-mail).</summary>
    public void Abandon(DateTime atUtc, string reason)
    {
        AbandonedAtUtc = atUtc;
        LastError = reason;
    }
}
