namespace InspectionSuite.EntityFrameworkCore;

internal sealed class AppUserConfiguration : IEntityTypeConfiguration<AppUser>
{
    public void Configure(EntityTypeBuilder<AppUser> b)
    {
        b.Property(x => x.FullName).HasMaxLength(256);
        b.Property(x => x.Position).HasMaxLength(128);
        b.HasIndex(x => x.UnitId);
    }
}
