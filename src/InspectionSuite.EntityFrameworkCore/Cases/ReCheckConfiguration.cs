namespace InspectionSuite.EntityFrameworkCore;

internal sealed class ReCheckConfiguration : IEntityTypeConfiguration<ReCheck>
{
    public void Configure(EntityTypeBuilder<ReCheck> b)
    {
        b.ToTable("CaseReChecks");
        b.Property(x => x.DecisionNumber).HasMaxLength(CaseConsts.MaxCodeLength).IsRequired();
        b.Property(x => x.Scope).HasMaxLength(CaseConsts.MaxTextLength).IsRequired();
        b.HasMany(x => x.Inspectors).WithOne().HasForeignKey(x => x.ReCheckId).OnDelete(DeleteBehavior.Cascade);
        b.HasMany(x => x.Results).WithOne().HasForeignKey(x => x.ReCheckId).OnDelete(DeleteBehavior.Cascade);
        b.Navigation(x => x.Inspectors).UsePropertyAccessMode(PropertyAccessMode.Field).AutoInclude();
        b.Navigation(x => x.Results).UsePropertyAccessMode(PropertyAccessMode.Field).AutoInclude();
    }
}
