using InspectionSuite.Permissions;

namespace InspectionSuite.EntityFrameworkCore;

internal sealed class PermissionGrantConfiguration : IEntityTypeConfiguration<PermissionGrant>
{
    public void Configure(EntityTypeBuilder<PermissionGrant> b)
    {
        b.ToTable("PermissionGrants");
        b.Property(x => x.RoleName).HasMaxLength(PermissionGrant.MaxNameLength).IsRequired();
        b.Property(x => x.PermissionName).HasMaxLength(PermissionGrant.MaxNameLength).IsRequired();
        b.HasIndex(x => new { x.RoleName, x.PermissionName }).IsUnique();
    }
}
