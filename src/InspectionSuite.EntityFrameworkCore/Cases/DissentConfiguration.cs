namespace InspectionSuite.EntityFrameworkCore;

internal sealed class DissentConfiguration : IEntityTypeConfiguration<Dissent>
{
    public void Configure(EntityTypeBuilder<Dissent> b)
    {
        b.ToTable("CaseDissents");
        b.Property(x => x.Text).HasMaxLength(CaseConsts.MaxTextLength).IsRequired();
    }
}
