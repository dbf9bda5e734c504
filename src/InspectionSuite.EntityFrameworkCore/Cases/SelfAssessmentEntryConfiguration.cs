namespace InspectionSuite.EntityFrameworkCore;

internal sealed class SelfAssessmentEntryConfiguration : IEntityTypeConfiguration<SelfAssessmentEntry>
{
    public void Configure(EntityTypeBuilder<SelfAssessmentEntry> b)
    {
        b.ToTable("CaseSelfAssessmentEntries");
        b.Property(x => x.CriterionCode).HasMaxLength(CaseConsts.MaxCodeLength).IsRequired();
        b.Property(x => x.Value).HasMaxLength(CaseConsts.MaxShortTextLength).IsRequired();
        b.Property(x => x.Note).HasMaxLength(CaseConsts.MaxTextLength);
        // No unique (case, criterion) index: a resubmission replaces the rows in one save (delete + insert).
    }
}
