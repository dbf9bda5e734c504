namespace InspectionSuite.EntityFrameworkCore;

internal sealed class CaseViewerConfiguration : IEntityTypeConfiguration<CaseViewer>
{
    public void Configure(EntityTypeBuilder<CaseViewer> b)
    {
        b.ToTable("CaseViewers");
        b.HasKey(x => new { x.UserId, x.CaseId });
        b.Property(x => x.Code).HasMaxLength(CaseConsts.MaxCodeLength).IsRequired();
        b.HasOne<InspectionCase>().WithMany().HasForeignKey(x => x.CaseId).OnDelete(DeleteBehavior.Cascade);
        // The case list's default order (newest first, then code) and its code order, the case id carried so that paging
        // and counting read this index only.
        b.HasIndex(x => new { x.UserId, x.CreationTime, x.Code, x.CaseId }).IsDescending(false, true, false, false);
        b.HasIndex(x => new { x.UserId, x.Code, x.CaseId });
        // The inbox: is this task's instance one of the user's cases (one probe per task, or the user's instances).
        b.HasIndex(x => new { x.UserId, x.InstanceId });
    }
}
