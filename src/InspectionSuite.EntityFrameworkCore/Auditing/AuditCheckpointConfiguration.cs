namespace InspectionSuite.EntityFrameworkCore;

internal sealed class AuditCheckpointConfiguration : IEntityTypeConfiguration<AuditCheckpoint>
{
    public void Configure(EntityTypeBuilder<AuditCheckpoint> b)
    {
        b.ToTable("AuditCheckpoints");
        b.HasKey(x => x.Id);
        b.Property(x => x.LastHash).HasMaxLength(64).IsRequired();
        b.Property(x => x.Mac).HasMaxLength(64).IsRequired();
        b.HasIndex(x => x.RecordCount);
    }
}
