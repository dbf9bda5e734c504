using InspectionSuite.Notifications;

namespace InspectionSuite.EntityFrameworkCore;

internal sealed class EmailOutboxMessageConfiguration : IEntityTypeConfiguration<EmailOutboxMessage>
{
    public void Configure(EntityTypeBuilder<EmailOutboxMessage> b)
    {
        b.ToTable("EmailOutbox");
        b.Property(x => x.Id).ValueGeneratedNever();
        b.Property(x => x.LastError).HasMaxLength(EmailOutboxConsts.MaxErrorLength);
        b.Ignore(x => x.IsPending);
        b.HasOne<Notification>().WithMany().HasForeignKey(x => x.NotificationId).OnDelete(DeleteBehavior.Cascade);
        // The sender's query: pending rows due now.
        b.HasIndex(x => new { x.SentAtUtc, x.AbandonedAtUtc, x.NextAttemptAtUtc });
    }
}
