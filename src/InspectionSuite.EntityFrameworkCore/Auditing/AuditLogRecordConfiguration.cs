namespace InspectionSuite.EntityFrameworkCore;

internal sealed class AuditLogRecordConfiguration : IEntityTypeConfiguration<AuditLogRecord>
{
    public void Configure(EntityTypeBuilder<AuditLogRecord> b)
    {
        b.ToTable("AuditLog");
        // The application assigns the sequence (it is part of the hash), never the database.
        b.HasKey(x => x.Sequence);
        b.Property(x => x.Sequence).ValueGeneratedNever();
        b.Property(x => x.Kind).HasMaxLength(32).IsRequired();
        b.Property(x => x.UserName).HasMaxLength(AuditLogRecord.MaxShortLength);
        b.Property(x => x.Action).HasMaxLength(AuditLogRecord.MaxShortLength).IsRequired();
        b.Property(x => x.Target).HasMaxLength(AuditLogRecord.MaxShortLength);
        b.Property(x => x.Summary).HasMaxLength(AuditLogRecord.MaxSummaryLength);
        b.Property(x => x.Result).HasMaxLength(AuditLogRecord.MaxShortLength);
        b.Property(x => x.ClientIp).HasMaxLength(64);
        b.Property(x => x.CorrelationId).HasMaxLength(64);
        b.Property(x => x.PreviousHash).HasMaxLength(64).IsRequired();
        b.Property(x => x.Hash).HasMaxLength(64).IsRequired();
        b.HasIndex(x => x.TimeUtc);
        b.HasIndex(x => x.UserName);
    }
}
