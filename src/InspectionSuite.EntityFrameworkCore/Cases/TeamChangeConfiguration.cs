namespace InspectionSuite.EntityFrameworkCore;

internal sealed class TeamChangeConfiguration : IEntityTypeConfiguration<TeamChange>
{
    public void Configure(EntityTypeBuilder<TeamChange> b)
    {
        b.ToTable("CaseTeamChanges");
        b.Property(x => x.Id).ValueGeneratedNever();
        b.Property(x => x.Reason).HasMaxLength(CaseConsts.MaxTextLength).IsRequired();
        b.Property(x => x.AddedName).HasMaxLength(CaseConsts.MaxShortTextLength);
        b.Property(x => x.RemovedName).HasMaxLength(CaseConsts.MaxShortTextLength);
        b.Property(x => x.DecidedBy).HasMaxLength(CaseConsts.MaxShortTextLength).IsRequired();
        b.Property(x => x.DecisionNumber).HasMaxLength(CaseConsts.MaxCodeLength);
        b.HasIndex(x => new { x.CaseId, x.ChangedOn });
    }
}
