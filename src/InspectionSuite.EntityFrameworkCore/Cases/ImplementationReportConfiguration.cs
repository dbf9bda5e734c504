namespace InspectionSuite.EntityFrameworkCore;

internal sealed class ImplementationReportConfiguration : IEntityTypeConfiguration<ImplementationReport>
{
    public void Configure(EntityTypeBuilder<ImplementationReport> b)
    {
        b.ToTable("CaseImplementationReports");
        b.Property(x => x.Note).HasMaxLength(CaseConsts.MaxTextLength);
        b.Property(x => x.RejectionReason).HasMaxLength(CaseConsts.MaxTextLength);
        b.Ignore(x => x.AwaitsConfirmation);
        b.Property(x => x.AmountRecoveredVnd).HasPrecision(18, 0);
        b.HasIndex(x => x.SanctionId);
    }
}
