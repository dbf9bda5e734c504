namespace InspectionSuite.EntityFrameworkCore;

internal sealed class MemberReportConfiguration : IEntityTypeConfiguration<MemberReport>
{
    public void Configure(EntityTypeBuilder<MemberReport> b)
    {
        b.ToTable("CaseMemberReports");
        b.Property(x => x.Id).ValueGeneratedNever();
        b.Property(x => x.Text).HasMaxLength(CaseConsts.MaxLongTextLength).IsRequired();
    }
}
