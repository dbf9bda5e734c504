namespace InspectionSuite.Cases;

/// <summary>Báo cáo thực hiện kết luận from the unit for one sanction or recommendation.</summary>
public sealed class ImplementationReport : Entity<Guid>
{
    public Guid CaseId { get; private set; }
    public Guid SanctionId { get; private set; }
    public ImplementationStatus Status { get; private set; }
    public decimal AmountRecoveredVnd { get; private set; }
    public string? Note { get; private set; }
    public DateOnly ReportedOn { get; private set; }
    public Guid? ReporterId { get; private set; }
    /// <summary>The team's answer to a "done" report: null while it waits (and for reports that claim nothing).</summary>
    public ImplementationReview? Review { get; private set; }
    /// <summary>Why the team rejected the report (for the unit to read).</summary>
    public string? RejectionReason { get; private set; }
    public DateOnly? ReviewedOn { get; private set; }
    public Guid? ReviewedBy { get; private set; }
    private ImplementationReport() { }

    /// <summary>The unit says the item is done and the team has not answered yet.</summary>
    public bool AwaitsConfirmation => Status == ImplementationStatus.Done && Review is null;

    internal void Confirm(DateOnly on, Guid? by) { Review = ImplementationReview.Confirmed; ReviewedOn = on; ReviewedBy = by; }

    internal void Reject(string reason, DateOnly on, Guid? by) { Review = ImplementationReview.Rejected; RejectionReason = reason; ReviewedOn = on; ReviewedBy = by; }

    internal ImplementationReport(Guid caseId, Guid sanctionId, ImplementationStatus status, decimal recovered, string? note, DateOnly on, Guid? reporter)
    { Id = Guid.NewGuid(); CaseId = caseId; SanctionId = sanctionId; Status = status; AmountRecoveredVnd = recovered; Note = note; ReportedOn = on; ReporterId = reporter; }
}
