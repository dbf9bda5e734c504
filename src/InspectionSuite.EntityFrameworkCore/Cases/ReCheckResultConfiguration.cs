namespace InspectionSuite.EntityFrameworkCore;

internal sealed class ReCheckResultConfiguration : IEntityTypeConfiguration<ReCheckResult>
{
    public void Configure(EntityTypeBuilder<ReCheckResult> b)
    {
        b.ToTable("CaseReCheckResults");
        b.Property(x => x.Note).HasMaxLength(CaseConsts.MaxTextLength);
        b.Property(x => x.VerifiedRecoveredVnd).HasPrecision(18, 0);
        // One verdict per item and re-check, also under concurrent writers.
        b.HasIndex(x => new { x.ReCheckId, x.SanctionId }).IsUnique();
    }
}
