namespace InspectionSuite.EntityFrameworkCore;

internal sealed class SanctionConfiguration : IEntityTypeConfiguration<Sanction>
{
    public void Configure(EntityTypeBuilder<Sanction> b)
    {
        b.ToTable("CaseSanctions");
        b.Property(x => x.Target).HasMaxLength(CaseConsts.MaxShortTextLength).IsRequired();
        b.Property(x => x.Responsible).HasMaxLength(CaseConsts.MaxShortTextLength).IsRequired();
        b.Property(x => x.CarryOverReason).HasMaxLength(CaseConsts.MaxTextLength);
        b.Property(x => x.CriterionCode).HasMaxLength(CaseConsts.MaxCodeLength);
        b.Property(x => x.AmountVnd).HasPrecision(18, 0);
        b.Property(x => x.AmountRecoveredVnd).HasPrecision(18, 0);
        b.Ignore(x => x.IsResolved);
        b.Ignore(x => x.AwaitsReport);
        b.HasIndex(x => new { x.Status, x.Deadline });
    }
}
