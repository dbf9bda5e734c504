namespace InspectionSuite.EntityFrameworkCore;

internal sealed class FindingConfiguration : IEntityTypeConfiguration<Finding>
{
    public void Configure(EntityTypeBuilder<Finding> b)
    {
        b.ToTable("CaseFindings");
        b.Property(x => x.CriterionCode).HasMaxLength(CaseConsts.MaxCodeLength);
        b.Property(x => x.Description).HasMaxLength(CaseConsts.MaxTextLength).IsRequired();
        b.Property(x => x.LegalBasis).HasMaxLength(CaseConsts.MaxTextLength);
        b.Property(x => x.Responsible).HasMaxLength(CaseConsts.MaxShortTextLength);
        b.Property(x => x.AmountVnd).HasPrecision(18, 0);
    }
}
