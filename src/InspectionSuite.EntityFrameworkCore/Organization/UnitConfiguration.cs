namespace InspectionSuite.EntityFrameworkCore;

internal sealed class UnitConfiguration : IEntityTypeConfiguration<Unit>
{
    public void Configure(EntityTypeBuilder<Unit> b)
    {
        b.ToTable("Units");
        b.Property(x => x.Code).HasMaxLength(UnitConsts.MaxCodeLength).IsRequired();
        b.Property(x => x.Name).HasMaxLength(UnitConsts.MaxNameLength).IsRequired();
        b.HasIndex(x => x.Code).IsUnique();
        b.HasIndex(x => x.Kind);
        b.Ignore(x => x.Stratum);
        b.HasMany(x => x.Predecessors).WithOne().HasForeignKey(x => x.SuccessorId).OnDelete(DeleteBehavior.Cascade);
        b.Navigation(x => x.Predecessors).UsePropertyAccessMode(PropertyAccessMode.Field);
    }
}
