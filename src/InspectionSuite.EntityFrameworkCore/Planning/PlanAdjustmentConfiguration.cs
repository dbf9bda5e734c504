using InspectionSuite.Planning;

namespace InspectionSuite.EntityFrameworkCore.Planning;

internal sealed class PlanAdjustmentConfiguration : IEntityTypeConfiguration<PlanAdjustment>
{
    public void Configure(EntityTypeBuilder<PlanAdjustment> b)
    {
        b.ToTable("AnnualPlanAdjustments");
        b.Property(x => x.UnitCode).HasMaxLength(UnitConsts.MaxCodeLength).IsRequired();
        b.Property(x => x.Reason).HasMaxLength(PlanningConsts.MaxReasonLength).IsRequired();
        b.HasIndex(x => new { x.PlanId, x.UnitCode });
    }
}
