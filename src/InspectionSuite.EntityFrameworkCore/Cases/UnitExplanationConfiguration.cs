namespace InspectionSuite.EntityFrameworkCore;

internal sealed class UnitExplanationConfiguration : IEntityTypeConfiguration<UnitExplanation>
{
    public void Configure(EntityTypeBuilder<UnitExplanation> b)
    {
        b.ToTable("CaseExplanations");
        b.Property(x => x.Id).ValueGeneratedNever();
        b.Property(x => x.Text).HasMaxLength(CaseConsts.MaxLongTextLength).IsRequired();
        b.Property(x => x.Maintained).HasMaxLength(CaseConsts.MaxTextLength);
    }
}
