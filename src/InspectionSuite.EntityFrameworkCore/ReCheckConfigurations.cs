namespace InspectionSuite.EntityFrameworkCore;

internal sealed class ReCheckConfiguration : IEntityTypeConfiguration<ReCheck>
{
    public void Configure(EntityTypeBuilder<ReCheck> b)
    {
        b.ToTable("CaseReChecks");
        b.Property(x => x.DecisionNumber).HasMaxLength(CaseConsts.MaxCodeLength).IsRequired();
        b.Property(x => x.Scope).HasMaxLength(CaseConsts.MaxTextLength).IsRequired();
        b.HasMany(x => x.Inspectors).WithOne().HasForeignKey(x => x.ReCheckId).OnDelete(DeleteBehavior.Cascade);
        b.HasMany(x => x.Results).WithOne().HasForeignKey(x => x.ReCheckId).OnDelete(DeleteBehavior.Cascade);
        b.Navigation(x => x.Inspectors).UsePropertyAccessMode(PropertyAccessMode.Field).AutoInclude();
        b.Navigation(x => x.Results).UsePropertyAccessMode(PropertyAccessMode.Field).AutoInclude();
    }
}

internal sealed class ReCheckInspectorConfiguration : IEntityTypeConfiguration<ReCheckInspector>
{
    public void Configure(EntityTypeBuilder<ReCheckInspector> b)
    {
        b.ToTable("CaseReCheckInspectors");
        b.HasIndex(x => new { x.ReCheckId, x.UserId }).IsUnique();
        // Visibility looks cases up by an assigned inspector.
        b.HasIndex(x => x.UserId);
    }
}

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
