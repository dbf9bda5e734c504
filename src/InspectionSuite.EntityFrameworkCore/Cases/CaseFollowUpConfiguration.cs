namespace InspectionSuite.EntityFrameworkCore;

/// <summary>
/// A case's follow-up, its own aggregate keyed by the case (issue 19 item 5): a root row in <c>CaseFollowUps</c> (the case's id
/// and the follow-up's stamp) over the same tables its parts had as parts of the case; their <c>CaseId</c> now refers to it.
/// </summary>
internal sealed class CaseFollowUpConfiguration : IEntityTypeConfiguration<CaseFollowUp>
{
    public void Configure(EntityTypeBuilder<CaseFollowUp> b)
    {
        b.ToTable("CaseFollowUps");
        b.Property(x => x.Id).HasColumnName("CaseId").ValueGeneratedNever();
        b.HasOne<InspectionCase>().WithOne().HasForeignKey<CaseFollowUp>(x => x.Id).OnDelete(DeleteBehavior.Cascade);
        b.Ignore(x => x.CaseId);
        b.Ignore(x => x.AmountDecidedVnd);
        b.Ignore(x => x.AmountRecoveredVnd);
        b.Ignore(x => x.AllSanctionsResolved);
        Part(b.HasMany(x => x.Sanctions).WithOne().HasForeignKey(x => x.CaseId), b, nameof(CaseFollowUp.Sanctions));
        Part(b.HasMany(x => x.ImplementationReports).WithOne().HasForeignKey(x => x.CaseId), b, nameof(CaseFollowUp.ImplementationReports));
        Part(b.HasMany(x => x.ReChecks).WithOne().HasForeignKey(x => x.CaseId), b, nameof(CaseFollowUp.ReChecks));
    }

    private static void Part<T>(ReferenceCollectionBuilder<CaseFollowUp, T> r, EntityTypeBuilder<CaseFollowUp> b, string navigation) where T : class
    {
        r.OnDelete(DeleteBehavior.Cascade);
        b.Navigation(navigation).UsePropertyAccessMode(PropertyAccessMode.Field).AutoInclude();
    }
}
