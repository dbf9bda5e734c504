using InspectionSuite.Planning;

namespace InspectionSuite.EntityFrameworkCore.Planning;

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
