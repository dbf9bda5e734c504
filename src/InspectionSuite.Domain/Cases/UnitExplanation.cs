namespace InspectionSuite.Cases;

/// <summary>Giải trình: the inspected unit's explanation on the draft conclusion, and what it maintains (bảo lưu).</summary>
public sealed class UnitExplanation : Entity<Guid>
{
    public Guid CaseId { get; private set; }
    public DateOnly ReceivedOn { get; private set; }
    public string Text { get; private set; } = "";
    /// <summary>The points the unit maintains against the draft (bảo lưu ý kiến); kept as given.</summary>
    public string? Maintained { get; private set; }
    public Guid? RecordedBy { get; private set; }
    private UnitExplanation() { }
    internal UnitExplanation(Guid caseId, DateOnly receivedOn, string text, string? maintained, Guid? recordedBy)
    { Id = Guid.NewGuid(); CaseId = caseId; ReceivedOn = receivedOn; Text = text; Maintained = maintained; RecordedBy = recordedBy; }
}
