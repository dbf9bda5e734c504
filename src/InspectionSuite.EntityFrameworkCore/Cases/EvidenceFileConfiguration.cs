namespace InspectionSuite.EntityFrameworkCore;

internal sealed class EvidenceFileConfiguration : IEntityTypeConfiguration<EvidenceFile>
{
    public void Configure(EntityTypeBuilder<EvidenceFile> b)
    {
        b.ToTable("CaseEvidence");
        b.Property(x => x.FileName).HasMaxLength(CaseConsts.MaxShortTextLength).IsRequired();
        b.Property(x => x.StoredName).HasMaxLength(128).IsRequired();
        b.Property(x => x.ContentType).HasMaxLength(128).IsRequired();
        b.Property(x => x.Sha256).HasMaxLength(64).IsRequired();
        b.Property(x => x.Description).HasMaxLength(CaseConsts.MaxTextLength);
        b.HasIndex(x => x.StoredName).IsUnique();
        b.HasIndex(x => x.DocumentRequestAnswerId);
        b.HasIndex(x => x.ImplementationReportId);
    }
}
