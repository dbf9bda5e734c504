namespace InspectionSuite.EntityFrameworkCore;

internal sealed class DocumentRequestConfiguration : IEntityTypeConfiguration<DocumentRequest>
{
    public void Configure(EntityTypeBuilder<DocumentRequest> b)
    {
        // Its own aggregate keyed by the case (issue 19 item 5): same table and foreign key as when it was the case's part.
        b.ToTable("CaseDocumentRequests");
        b.HasOne<InspectionCase>().WithMany().HasForeignKey(x => x.CaseId).OnDelete(DeleteBehavior.Cascade);
        b.Property(x => x.Title).HasMaxLength(CaseConsts.MaxTitleLength).IsRequired();
        b.Property(x => x.Description).HasMaxLength(CaseConsts.MaxTextLength);
        b.Property(x => x.ReturnReason).HasMaxLength(CaseConsts.MaxTextLength);
        b.Ignore(x => x.IsAwaitingUnit);
        b.HasIndex(x => new { x.CaseId, x.Status });
        b.HasMany(x => x.Answers).WithOne().HasForeignKey(x => x.DocumentRequestId).OnDelete(DeleteBehavior.Cascade);
        b.Navigation(x => x.Answers).UsePropertyAccessMode(PropertyAccessMode.Field).AutoInclude();
    }
}
