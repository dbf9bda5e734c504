namespace InspectionSuite.EntityFrameworkCore;

internal sealed class CaseMinutesConfiguration : IEntityTypeConfiguration<CaseMinutes>
{
    public void Configure(EntityTypeBuilder<CaseMinutes> b)
    {
        b.ToTable("CaseMinutes");
        b.Property(x => x.Title).HasMaxLength(CaseConsts.MaxTitleLength).IsRequired();
    }
}
