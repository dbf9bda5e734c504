namespace InspectionSuite.Monitoring;

/// <summary>
/// A unit's periodic report (quarterly, 6-monthly, annual; seed IV.1) with raw figures per indicator. The unit
/// representative submits it, Sở Nội vụ may return it with a reason, the unit resubmits. Timeliness is judged on the
/// first submission, so a return does not turn an on-time report into a late one.
/// </summary>
public sealed class UnitKpiReport : AuditedAggregateRoot<Guid>
{
    public Guid UnitId { get; private set; }
    /// <summary>Written like 2026-Q3, 2026-H1, 2026 (<see cref="KpiPeriod"/>).</summary>
    public string Period { get; private set; } = "";
    public KpiReportStatus Status { get; private set; }
    public DateOnly FirstSubmittedOn { get; private set; }
    public DateOnly SubmittedOn { get; private set; }
    public string? ReturnReason { get; private set; }
    public DateOnly? ReturnedOn { get; private set; }
    public string FiguresJson { get; private set; } = "{}";

    private UnitKpiReport() { } // EF Core

    public UnitKpiReport(Guid id, Guid unitId, KpiPeriod period, IReadOnlyDictionary<string, KpiFigures> figures, DateOnly today)
    {
        Id = id;
        UnitId = unitId;
        Period = period.ToString();
        FirstSubmittedOn = today;
        Submit(figures, today);
    }

    public IReadOnlyDictionary<string, KpiFigures> Figures => KpiReportFigures.FromJson(FiguresJson);

    public bool IsReturned => Status == KpiReportStatus.Returned;

    /// <summary>Replaces the figures (a correction before review, or the resubmission after a return).</summary>
    public void Submit(IReadOnlyDictionary<string, KpiFigures> figures, DateOnly today)
    {
        FiguresJson = KpiReportFigures.ToJson(figures);
        SubmittedOn = today;
        Status = KpiReportStatus.Submitted;
    }

    public void Return(string reason, DateOnly today)
    {
        if (Status != KpiReportStatus.Submitted) throw new BusinessException(MonitoringErrorCodes.ReportNotSubmitted, Status);
        if (string.IsNullOrWhiteSpace(reason)) throw new BusinessException(MonitoringErrorCodes.ReturnReasonRequired);
        ReturnReason = Check.MaxLength(reason.Trim(), nameof(reason), MonitoringConsts.MaxReasonLength);
        ReturnedOn = today;
        Status = KpiReportStatus.Returned;
    }
}
