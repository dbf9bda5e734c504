namespace InspectionSuite.Notifications;

/// <summary>
/// An in-app message to one user. Text is stored as localization keys plus arguments, so each reader sees it in
/// their own language. <see cref="SourceKey"/> names the event it came from; (source, recipient) is unique, so an
/// event delivered twice (a retried timer, a second host) still yields one notification per user.
/// </summary>
public sealed class Notification : Entity<Guid>
{
    public Guid RecipientUserId { get; private set; }
    public string Kind { get; private set; } = "";
    public string TitleKey { get; private set; } = "";
    public string MessageKey { get; private set; } = "";
    /// <summary>Arguments of <see cref="MessageKey"/> as a JSON array of strings.</summary>
    public string ArgsJson { get; private set; } = "[]";
    /// <summary>App-relative link to what the notification is about (e.g. the case page); never an absolute URL.</summary>
    public string? Link { get; private set; }
    public Guid? CaseId { get; private set; }
    public string SourceKey { get; private set; } = "";
    public DateTime CreatedAtUtc { get; private set; }
    public DateTime? ReadAtUtc { get; private set; }

    private Notification() { } // EF Core

    public Notification(Guid id, Guid recipientUserId, string kind, string titleKey, string messageKey, string argsJson, string? link, Guid? caseId, string sourceKey, DateTime createdAtUtc)
    {
        Id = id;
        RecipientUserId = recipientUserId;
        Kind = Check.NotEmpty(kind, nameof(kind), NotificationConsts.MaxKindLength);
        TitleKey = Check.NotEmpty(titleKey, nameof(titleKey), NotificationConsts.MaxKeyLength);
        MessageKey = Check.NotEmpty(messageKey, nameof(messageKey), NotificationConsts.MaxKeyLength);
        ArgsJson = Check.NotEmpty(argsJson, nameof(argsJson), NotificationConsts.MaxArgsLength);
        if (link is not null && (!link.StartsWith('/') || link.StartsWith("//", StringComparison.Ordinal)))
            throw new ArgumentException("A notification link must be app-relative.", nameof(link));
        Link = Check.MaxLength(link, nameof(link), NotificationConsts.MaxLinkLength);
        CaseId = caseId;
        SourceKey = Check.NotEmpty(sourceKey, nameof(sourceKey), NotificationConsts.MaxSourceKeyLength);
        CreatedAtUtc = createdAtUtc;
    }

    public bool IsRead => ReadAtUtc is not null;

    /// <summary>Idempotent: the first read time is kept.</summary>
    public void MarkRead(DateTime atUtc) => ReadAtUtc ??= atUtc;
}
