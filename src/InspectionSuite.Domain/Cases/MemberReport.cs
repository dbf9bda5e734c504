namespace InspectionSuite.Cases;

/// <summary>Báo cáo của thành viên đoàn: a member's report to the Trưởng đoàn before the results report.</summary>
public sealed class MemberReport : Entity<Guid>
{
    public Guid CaseId { get; private set; }
    public Guid MemberId { get; private set; }
    public DateOnly ReportedOn { get; private set; }
    public string Text { get; private set; } = "";
    /// <summary>The report's file, one of the case's evidence files.</summary>
    public Guid? EvidenceId { get; private set; }
    public Guid? RecordedBy { get; private set; }
    private MemberReport() { }
    internal MemberReport(Guid caseId, Guid memberId, DateOnly reportedOn, string text, Guid? evidenceId, Guid? recordedBy)
    { Id = Guid.NewGuid(); CaseId = caseId; MemberId = memberId; ReportedOn = reportedOn; Text = text; EvidenceId = evidenceId; RecordedBy = recordedBy; }
}
