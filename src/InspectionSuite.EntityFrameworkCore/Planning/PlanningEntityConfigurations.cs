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

internal sealed class PlanAmendmentConfiguration : IEntityTypeConfiguration<PlanAmendment>
{
    public void Configure(EntityTypeBuilder<PlanAmendment> b)
    {
        b.ToTable("AnnualPlanAmendments");
        b.Property(x => x.Seed).HasMaxLength(PlanningConsts.MaxSeedLength).IsRequired();
        b.Property(x => x.AlgorithmVersion).HasMaxLength(32).IsRequired();
        b.Property(x => x.InputsJson).IsRequired();
        b.Property(x => x.Note).HasMaxLength(PlanningConsts.MaxNoteLength);
        b.HasIndex(x => new { x.PlanId, x.Number }).IsUnique();
    }
}

internal sealed class PlanRiskScoreConfiguration : IEntityTypeConfiguration<PlanRiskScore>
{
    public void Configure(EntityTypeBuilder<PlanRiskScore> b)
    {
        b.ToTable("AnnualPlanRiskScores");
        b.Property(x => x.UnitCode).HasMaxLength(UnitConsts.MaxCodeLength).IsRequired();
        b.HasIndex(x => new { x.PlanId, x.UnitCode }).IsUnique();
    }
}
