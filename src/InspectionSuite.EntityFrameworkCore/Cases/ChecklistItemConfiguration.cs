namespace InspectionSuite.EntityFrameworkCore;

internal sealed class ChecklistItemConfiguration : IEntityTypeConfiguration<ChecklistItem>
{
    public void Configure(EntityTypeBuilder<ChecklistItem> b)
    {
        b.ToTable("CaseChecklistItems");
        b.Property(x => x.CriterionCode).HasMaxLength(CaseConsts.MaxCodeLength).IsRequired();
        b.Property(x => x.Title).HasMaxLength(CaseConsts.MaxTitleLength).IsRequired();
        b.Property(x => x.Target).HasMaxLength(CaseConsts.MaxShortTextLength);
        b.Property(x => x.MeasuredValue).HasMaxLength(CaseConsts.MaxShortTextLength);
        b.Property(x => x.Note).HasMaxLength(CaseConsts.MaxTextLength);
        b.HasIndex(x => new { x.CaseId, x.CriterionCode }).IsUnique();
    }
}
