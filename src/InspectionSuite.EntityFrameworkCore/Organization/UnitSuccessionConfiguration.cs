namespace InspectionSuite.EntityFrameworkCore;

internal sealed class UnitSuccessionConfiguration : IEntityTypeConfiguration<UnitSuccession>
{
    public void Configure(EntityTypeBuilder<UnitSuccession> b)
    {
        b.ToTable("UnitSuccessions");
        b.HasKey(x => new { x.PredecessorId, x.SuccessorId });
        b.HasOne<Unit>().WithMany().HasForeignKey(x => x.PredecessorId).OnDelete(DeleteBehavior.Restrict);
    }
}
