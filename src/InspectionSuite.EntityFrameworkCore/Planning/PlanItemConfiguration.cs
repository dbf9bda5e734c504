using InspectionSuite.Planning;

namespace InspectionSuite.EntityFrameworkCore.Planning;

internal sealed class PlanItemConfiguration : IEntityTypeConfiguration<PlanItem>
{
    public void Configure(EntityTypeBuilder<PlanItem> b)
    {
        b.ToTable("AnnualPlanItems");
        // Ids are assigned by the aggregate, so EF must treat new rows found in the collection as inserts.
        b.Property(x => x.UnitCode).HasMaxLength(UnitConsts.MaxCodeLength).IsRequired();
        b.Property(x => x.UnitName).HasMaxLength(UnitConsts.MaxNameLength).IsRequired();
        b.Property(x => x.Reason).HasConversion<string>().HasMaxLength(32);
        b.Property(x => x.Detail).HasMaxLength(PlanningConsts.MaxDetailLength).IsRequired();
        // SelectionFacts as JSON (mandatory/overlap reasons are free text, joined): unbounded.
        b.Property(x => x.DetailFacts);
        b.Property(x => x.Origin).HasConversion<string>().HasMaxLength(16);
        b.Property(x => x.Subject).HasMaxLength(PlanningConsts.MaxSubjectLength);
        // Not unique: Thanh tra tỉnh's list may name a unit twice (a planned and a đột xuất inspection); a draw has one
        // item per universe unit by construction (AnnualPlan.RecordDraw).
        b.HasIndex(x => new { x.PlanId, x.UnitCode });
        b.HasIndex(x => new { x.PlanId, x.Stratum, x.Reason });
    }
}
