namespace InspectionSuite.EntityFrameworkCore;

internal sealed class CaseExtensionConfiguration : IEntityTypeConfiguration<CaseExtension>
{
    public void Configure(EntityTypeBuilder<CaseExtension> b)
    {
        b.ToTable("CaseExtensions");
        b.Property(x => x.DecisionNumber).HasMaxLength(CaseConsts.MaxCodeLength).IsRequired();
        b.Property(x => x.Grounds).HasMaxLength(CaseConsts.MaxTextLength).IsRequired();
    }
}
