namespace InspectionSuite.EntityFrameworkCore;

internal sealed class DiaryEntryConfiguration : IEntityTypeConfiguration<DiaryEntry>
{
    public void Configure(EntityTypeBuilder<DiaryEntry> b)
    {
        b.ToTable("CaseDiaryEntries");
        b.Property(x => x.Text).HasMaxLength(CaseConsts.MaxTextLength).IsRequired();
    }
}
