namespace InspectionSuite.EntityFrameworkCore;

internal sealed class ExternalTeamMemberConfiguration : IEntityTypeConfiguration<ExternalTeamMember>
{
    public void Configure(EntityTypeBuilder<ExternalTeamMember> b)
    {
        b.ToTable("CaseExternalMembers");
        b.Property(x => x.Name).HasMaxLength(CaseConsts.MaxShortTextLength).IsRequired();
        b.Property(x => x.Position).HasMaxLength(CaseConsts.MaxShortTextLength).IsRequired();
        b.Property(x => x.Agency).HasMaxLength(CaseConsts.MaxShortTextLength).IsRequired();
    }
}
