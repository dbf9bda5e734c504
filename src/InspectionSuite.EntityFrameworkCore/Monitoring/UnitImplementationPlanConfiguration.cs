using InspectionSuite.Monitoring;

namespace InspectionSuite.EntityFrameworkCore.Monitoring;

internal sealed class UnitImplementationPlanConfiguration : IEntityTypeConfiguration<UnitImplementationPlan>
{
    public void Configure(EntityTypeBuilder<UnitImplementationPlan> b)
    {
        b.ToTable("UnitImplementationPlans");
        b.Property(x => x.Id).ValueGeneratedNever();
        b.Property(x => x.FileName).HasMaxLength(MonitoringConsts.MaxFileNameLength).IsRequired();
        b.Property(x => x.ContentType).HasMaxLength(MonitoringConsts.MaxContentTypeLength).IsRequired();
        b.Property(x => x.Sha256).HasMaxLength(64).IsRequired();
        b.Property(x => x.StoredName).HasMaxLength(MonitoringConsts.MaxFileNameLength).IsRequired();
        b.HasIndex(x => new { x.UnitId, x.Year }).IsUnique();
        b.HasIndex(x => x.Year);
        b.HasOne<Unit>().WithMany().HasForeignKey(x => x.UnitId).OnDelete(DeleteBehavior.Restrict);
    }
}
