using InspectionSuite.Planning;

namespace InspectionSuite.EntityFrameworkCore.Planning;

internal sealed class PlanRiskScoreConfiguration : IEntityTypeConfiguration<PlanRiskScore>
{
    public void Configure(EntityTypeBuilder<PlanRiskScore> b)
    {
        b.ToTable("AnnualPlanRiskScores");
        b.Property(x => x.UnitCode).HasMaxLength(UnitConsts.MaxCodeLength).IsRequired();
        b.HasIndex(x => new { x.PlanId, x.UnitCode }).IsUnique();
    }
}
