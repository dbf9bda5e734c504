using InspectionSuite.Notifications;

namespace InspectionSuite.EntityFrameworkCore;

internal sealed class NotificationConfiguration : IEntityTypeConfiguration<Notification>
{
    public void Configure(EntityTypeBuilder<Notification> b)
    {
        b.ToTable("Notifications");
        b.Property(x => x.Kind).HasMaxLength(NotificationConsts.MaxKindLength).IsRequired();
        b.Property(x => x.TitleKey).HasMaxLength(NotificationConsts.MaxKeyLength).IsRequired();
        b.Property(x => x.MessageKey).HasMaxLength(NotificationConsts.MaxKeyLength).IsRequired();
        b.Property(x => x.ArgsJson).HasMaxLength(NotificationConsts.MaxArgsLength).IsRequired();
        b.Property(x => x.Link).HasMaxLength(NotificationConsts.MaxLinkLength);
        b.Property(x => x.SourceKey).HasMaxLength(NotificationConsts.MaxSourceKeyLength).IsRequired();
        b.Ignore(x => x.IsRead);
        // The idempotency guarantee: one notification per event and recipient, whoever delivers it.
        b.HasIndex(x => new { x.SourceKey, x.RecipientUserId }).IsUnique();
        // The bell's unread count and the paged list.
        b.HasIndex(x => new { x.RecipientUserId, x.ReadAtUtc, x.CreatedAtUtc });
    }
}
