namespace InspectionSuite.EntityFrameworkCore;

internal sealed class CaseSuspensionConfiguration : IEntityTypeConfiguration<CaseSuspension>
{
    public void Configure(EntityTypeBuilder<CaseSuspension> b)
    {
        b.ToTable("CaseSuspensions");
        b.Property(x => x.DecisionNumber).HasMaxLength(CaseConsts.MaxCodeLength).IsRequired();
        b.Property(x => x.Reason).HasMaxLength(CaseConsts.MaxTextLength).IsRequired();
        b.Property(x => x.ContinuationDecisionNumber).HasMaxLength(CaseConsts.MaxCodeLength);
        b.Ignore(x => x.IsOpen);
    }
}
