namespace InspectionSuite.EntityFrameworkCore;

internal sealed class TeamMemberConfiguration : IEntityTypeConfiguration<TeamMember>
{
    public void Configure(EntityTypeBuilder<TeamMember> b)
    {
        b.ToTable("CaseTeamMembers");
        b.HasIndex(x => new { x.CaseId, x.UserId }).IsUnique();
        b.HasIndex(x => x.UserId);
    }
}
