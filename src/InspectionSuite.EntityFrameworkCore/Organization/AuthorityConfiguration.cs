namespace InspectionSuite.EntityFrameworkCore;

internal sealed class AuthorityConfiguration : IEntityTypeConfiguration<Authority>
{
    public void Configure(EntityTypeBuilder<Authority> b)
    {
        b.ToTable("Authorities");
        b.Property(x => x.NameVi).HasMaxLength(256).IsRequired();
        b.Property(x => x.NameEn).HasMaxLength(256).IsRequired();
        b.HasIndex(x => x.Code).IsUnique();
    }
}
