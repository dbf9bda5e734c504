using InspectionSuite.Planning;

namespace InspectionSuite.EntityFrameworkCore.Planning;

internal sealed class AnnualPlanConfiguration : IEntityTypeConfiguration<AnnualPlan>
{
    public void Configure(EntityTypeBuilder<AnnualPlan> b)
    {
        b.ToTable("AnnualPlans");
        b.HasIndex(x => new { x.Authority, x.Year }).IsUnique();
        b.Property(x => x.Rate).HasPrecision(9, 6);
        b.Property(x => x.Seed).HasMaxLength(PlanningConsts.MaxSeedLength);
        b.Property(x => x.AlgorithmVersion).HasMaxLength(32);
        // Canonical JSON of the draw's SamplingRequest (whole register + history): unbounded text.
        b.Property(x => x.InputsJson);
        b.Ignore(x => x.AmendmentCount);
        b.Ignore(x => x.Mode); // derived from the authority
        b.HasMany(x => x.Items).WithOne().HasForeignKey(x => x.PlanId).OnDelete(DeleteBehavior.Cascade);
        b.HasMany(x => x.Adjustments).WithOne().HasForeignKey(x => x.PlanId).OnDelete(DeleteBehavior.Cascade);
        b.HasMany(x => x.Amendments).WithOne().HasForeignKey(x => x.PlanId).OnDelete(DeleteBehavior.Cascade);
        b.HasMany(x => x.RiskScores).WithOne().HasForeignKey(x => x.PlanId).OnDelete(DeleteBehavior.Cascade);
        b.Navigation(x => x.Items).UsePropertyAccessMode(PropertyAccessMode.Field).AutoInclude();
        b.Navigation(x => x.Adjustments).UsePropertyAccessMode(PropertyAccessMode.Field).AutoInclude();
        b.Navigation(x => x.Amendments).UsePropertyAccessMode(PropertyAccessMode.Field).AutoInclude();
        b.Navigation(x => x.RiskScores).UsePropertyAccessMode(PropertyAccessMode.Field).AutoInclude();
    }
}
