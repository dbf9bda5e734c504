using InspectionSuite.Monitoring;

namespace InspectionSuite.EntityFrameworkCore.Monitoring;

internal sealed class UnitKpiReportConfiguration : IEntityTypeConfiguration<UnitKpiReport>
{
    public void Configure(EntityTypeBuilder<UnitKpiReport> b)
    {
        b.ToTable("UnitKpiReports");
        b.Property(x => x.Id).ValueGeneratedNever();
        b.Property(x => x.Period).HasMaxLength(MonitoringConsts.MaxPeriodLength).IsRequired();
        b.Property(x => x.ReturnReason).HasMaxLength(MonitoringConsts.MaxReasonLength);
        b.Property(x => x.FiguresJson).HasMaxLength(MonitoringConsts.MaxFiguresJsonLength).IsRequired();
        b.Ignore(x => x.Figures);
        b.Ignore(x => x.IsReturned);
        // One report per unit and period; the province figures read a period's reports.
        b.HasIndex(x => new { x.UnitId, x.Period }).IsUnique();
        b.HasIndex(x => x.Period);
        b.HasOne<Unit>().WithMany().HasForeignKey(x => x.UnitId).OnDelete(DeleteBehavior.Restrict);
    }
}
