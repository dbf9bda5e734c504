namespace InspectionSuite.EntityFrameworkCore;

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
